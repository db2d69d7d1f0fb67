<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountChanges</name>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="130"/>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="174"/>
        <source>account %1 (uid %2) added</source>
        <translation>Konto %1 (UID %2) hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="177"/>
        <source>a new account with uid 0, root&apos;s powers under another name</source>
        <translation>ein neues Konto mit UID 0, die Rechte von root unter anderem Namen</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="180"/>
        <source>group %1 (gid %2) added</source>
        <translation>Gruppe %1 (GID %2) hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="184"/>
        <source>shadow entry of %1 added</source>
        <translation>shadow-Eintrag von %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="186"/>
        <source>gshadow entry of %1 added</source>
        <translation>gshadow-Eintrag von %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="203"/>
        <source>account %1 (uid %2) removed</source>
        <translation>Konto %1 (UID %2) entfernt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="207"/>
        <source>group %1 (gid %2) removed</source>
        <translation>Gruppe %1 (GID %2) entfernt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="211"/>
        <source>shadow entry of %1 removed</source>
        <translation>shadow-Eintrag von %1 entfernt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="213"/>
        <source>gshadow entry of %1 removed</source>
        <translation>gshadow-Eintrag von %1 entfernt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="224"/>
        <source>%1&apos;s entry in %2 removed (its line %3 in the copy could not be read)</source>
        <translation>Eintrag von %1 in %2 entfernt (seine Zeile %3 in der Kopie war nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="241"/>
        <source>%1 of %2: %3 → %4</source>
        <translation>%1 von %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="244"/>
        <source>uid changed to 0: root&apos;s powers under another name</source>
        <translation>UID auf 0 geändert: die Rechte von root unter anderem Namen</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="251"/>
        <source>system account (uid %1) given the login shell %2</source>
        <translation>Systemkonto (UID %1) erhielt die Login-Shell %2</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="295"/>
        <source>password of %1 set</source>
        <translation>Passwort von %1 gesetzt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="296"/>
        <source>password of %1 changed</source>
        <translation>Passwort von %1 geändert</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="297"/>
        <source>password of %1 locked</source>
        <translation>Passwort von %1 gesperrt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="298"/>
        <source>password of %1 unlocked</source>
        <translation>Passwort von %1 entsperrt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="300"/>
        <source>password of %1 removed: no password needed</source>
        <translation>Passwort von %1 entfernt: kein Passwort nötig</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="306"/>
        <source>a password set on system account %1 (uid %2), which then logs in with it</source>
        <translation>ein Passwort für das Systemkonto %1 (UID %2) gesetzt, das sich damit anmelden kann</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="314"/>
        <source>a password set on group %1, which newgrp lets whoever knows it join</source>
        <translation>ein Passwort für die Gruppe %1 gesetzt, der newgrp jeden beitreten lässt, der es kennt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="339"/>
        <source>%1 made an administrator of group %2</source>
        <translation>%1 zum Administrator der Gruppe %2 gemacht</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="340"/>
        <source>%1 added to group %2</source>
        <translation>%1 zur Gruppe %2 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="344"/>
        <source>%1 added to group %2, whose members hold privileges</source>
        <translation>%1 zur Gruppe %2 hinzugefügt, deren Mitglieder Privilegien haben</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="356"/>
        <source>%1 no longer an administrator of group %2</source>
        <translation>%1 nicht mehr Administrator der Gruppe %2</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="357"/>
        <source>%1 removed from group %2</source>
        <translation>%1 aus der Gruppe %2 entfernt</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="369"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="508"/>
        <source>not compared: the case holds no %1 beside this copy of it</source>
        <translation>nicht verglichen: der Fall enthält keine %1 neben dieser Kopie davon</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="509"/>
        <source>not compared: the case holds no %1 of node %2</source>
        <translation>nicht verglichen: der Fall enthält keine %1 des Knotens %2</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="561"/>
        <source>on this node</source>
        <translation>auf diesem Knoten</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="561"/>
        <source>on node %1</source>
        <translation>auf Knoten %1</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="621"/>
        <source>Last account change %1: %2</source>
        <translation>Letzte Kontenänderung %1: %2</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="622"/>
        <source>%1 holds the node&apos;s accounts after the last change the account tools made, %2 the copy they kept from before it. That change granted privilege: %3. Check that it was requested and approved.</source>
        <translation>%1 enthält die Konten des Knotens nach der letzten Änderung durch die Kontenwerkzeuge, %2 die Kopie, die sie davor aufbewahrt haben. Diese Änderung hat Privilegien gewährt: %3. Prüfen Sie, ob sie beantragt und genehmigt wurde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/case/AccountChanges.cpp" line="640"/>
        <source>Last change to %1 %2: %n change(s)</source>
        <translation>
            <numerusform>Letzte Änderung an %1 %2: %n Änderung</numerusform>
            <numerusform>Letzte Änderung an %1 %2: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="642"/>
        <source>Compared with %1, the copy the account tools kept before their last change: %2.</source>
        <translation>Verglichen mit %1, der Kopie, die die Kontenwerkzeuge vor ihrer letzten Änderung aufbewahrt haben: %2.</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="643"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="645"/>
        <source>Not compared, their line in the copy being broken: %1.</source>
        <translation>Nicht verglichen, da ihre Zeile in der Kopie fehlerhaft ist: %1.</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="659"/>
        <source>No longer holds: %1 compared with the node&apos;s file again no longer shows this change.</source>
        <translation>Gilt nicht mehr: %1, erneut mit der Datei des Knotens verglichen, zeigt diese Änderung nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="662"/>
        <source>No longer holds: the case no longer holds both %1 and the file it is a copy of.</source>
        <translation>Gilt nicht mehr: Der Fall enthält nicht mehr sowohl %1 als auch die Datei, deren Kopie sie ist.</translation>
    </message>
    <message>
        <location filename="../core/case/AccountChanges.cpp" line="765"/>
        <source>%1 (on the day %2 gives as the last password change; the account tools&apos; copy is from before it)</source>
        <translation>%1 (an dem Tag, den %2 als letzte Passwortänderung angibt; die Kopie der Kontenwerkzeuge stammt von davor)</translation>
    </message>
</context>
<context>
    <name>CaseSchema</name>
    <message>
        <location filename="../core/case/CaseSchema.cpp" line="313"/>
        <source>initial</source>
        <translation>anfänglich</translation>
    </message>
    <message>
        <location filename="../core/case/CaseSchema.cpp" line="314"/>
        <source>finding detail, resource snapshots, archive members</source>
        <translation>Details der Befunde, Momentaufnahmen von Ressourcen, Archivmitglieder</translation>
    </message>
    <message>
        <location filename="../core/case/CaseSchema.cpp" line="315"/>
        <source>leaner event indexes</source>
        <translation>schlankere Ereignisindizes</translation>
    </message>
    <message>
        <location filename="../core/case/CaseSchema.cpp" line="316"/>
        <source>full-text index by blocks of events</source>
        <translation>Volltextindex nach Blöcken von Ereignissen</translation>
    </message>
    <message>
        <location filename="../core/case/CaseSchema.cpp" line="317"/>
        <source>findings overridden by other evidence</source>
        <translation>durch andere Belege außer Kraft gesetzte Befunde</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../core/query/Filter.cpp" line="28"/>
        <source>API verb or action: get, create, delete, …</source>
        <translation>API-Verb oder Aktion: get, create, delete, …</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="30"/>
        <source>who acted: user.username; a node account&apos;s name also finds its uid there</source>
        <translation>Akteur, der gehandelt hat: user.username; der Name eines Knotenkontos findet dort auch dessen UID</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="31"/>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="33"/>
        <source>HTTP response code; 0 = none, matched by no other comparison</source>
        <translation>HTTP-Code; 0 = keiner, passt auf keinen anderen Vergleich</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="34"/>
        <source>resource: pods, secrets, …</source>
        <translation>Ressource: pods, secrets, …</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="36"/>
        <source>subresource: exec, log, status, …</source>
        <translation>Subressource: exec, log, status, …</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="37"/>
        <source>object name</source>
        <translation>Objektname</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="38"/>
        <source>object as displayed: pods/exec ns/name</source>
        <translation>Objekt wie angezeigt: pods/exec ns/name</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="39"/>
        <source>source IP address</source>
        <translation>Quell-IP-Adresse</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="40"/>
        <source>user agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="41"/>
        <source>groups of the user (use ~)</source>
        <translation>Gruppen des Benutzers (mit ~ verwenden)</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="42"/>
        <source>impersonated user</source>
        <translation>Benutzer, in dessen Namen gehandelt wurde</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="43"/>
        <source>authorization decision: allow, forbid</source>
        <translation>Autorisierungsentscheidung: allow, forbid</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="44"/>
        <source>authorization reason</source>
        <translation>Autorisierungsgrund</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="45"/>
        <source>audit stage kept: ResponseComplete, …</source>
        <translation>Behaltene Audit-Stufe: ResponseComplete, …</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="46"/>
        <source>audit ID or record id</source>
        <translation>Audit-ID oder Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="47"/>
        <source>source kind: k8s-audit, …</source>
        <translation>Art der Quelle: k8s-audit, …</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="48"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="49"/>
        <source>node</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="50"/>
        <source>pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="51"/>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="52"/>
        <source>message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="54"/>
        <source>artifact id; an archive&apos;s id means all its members</source>
        <translation>Artefakt-ID; die ID eines Archivs steht für alle seine Mitglieder</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="55"/>
        <source>line in the artifact</source>
        <translation>Zeile im Artefakt</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="56"/>
        <source>number of audit stages merged into the event</source>
        <translation>Anzahl der in das Ereignis zusammengeführten Audit-Stufen</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="58"/>
        <source>severity: info, low, medium, high, critical</source>
        <translation>Schweregrad: info, low, medium, high, critical</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="60"/>
        <source>event time, ISO 8601 (UTC unless an offset is given)</source>
        <translation>Ereigniszeit, ISO 8601 (UTC, sofern kein Offset angegeben ist)</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="62"/>
        <source>how the time is known: exact, year-inferred, zone-assumed, from-line-before, missing, since-boot, from-age, day-only (= or != only)</source>
        <translation>wie die Zeit bekannt ist: exact, year-inferred, zone-assumed, from-line-before, missing, since-boot, from-age, day-only (nur = oder !=)</translation>
    </message>
</context>
<context>
    <name>JournaldSettings</name>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="87"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="94"/>
        <source>%1=%2 (%3; overrides %4&apos;s %5)</source>
        <translation>%1=%2 (%3; ersetzt %5 aus %4)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="96"/>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="229"/>
        <source>a link to /dev/null</source>
        <translation>ein Link auf /dev/null</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="229"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="235"/>
        <source>an older copy of the same file</source>
        <translation>eine ältere Kopie derselben Datei</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="237"/>
        <source>masked by %1 (%2)</source>
        <translation>verdeckt durch %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="238"/>
        <source>masked by %1</source>
        <translation>verdeckt durch %1</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="351"/>
        <location filename="../core/case/JournaldSettings.cpp" line="400"/>
        <source>Set by: %1.</source>
        <translation>Gesetzt durch: %1.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="382"/>
        <location filename="../core/case/JournaldSettings.cpp" line="388"/>
        <location filename="../core/case/JournaldSettings.cpp" line="404"/>
        <source>No longer holds %1: %2.</source>
        <translation>Trifft %1 nicht mehr zu: %2.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="383"/>
        <location filename="../core/case/JournaldSettings.cpp" line="389"/>
        <source>No longer holds %1: no file the case holds sets Storage.</source>
        <translation>Trifft %1 nicht mehr zu: keine Datei im Fall setzt Storage.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="406"/>
        <source>No longer holds %1: no file the case holds sets MaxLevelStore.</source>
        <translation>Trifft %1 nicht mehr zu: keine Datei im Fall setzt MaxLevelStore.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="439"/>
        <source>no Storage=, the default auto</source>
        <translation>kein Storage=, die Vorgabe auto</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="443"/>
        <source>journald keeps its log on disk %1 (%2, and /var/log/journal holds its files)</source>
        <translation>journald speichert sein Protokoll %1 auf der Platte (%2, und /var/log/journal enthält seine Dateien)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/case/JournaldSettings.cpp" line="445"/>
        <source>With Storage=auto journald writes to /var/log/journal when the folder exists: the case holds %n journal file(s) from it, so the journal outlives a reboot.</source>
        <translation>
            <numerusform>Mit Storage=auto schreibt journald nach /var/log/journal, wenn der Ordner existiert: Der Fall enthält %n Journal-Datei daraus, das Journal übersteht also einen Neustart.</numerusform>
            <numerusform>Mit Storage=auto schreibt journald nach /var/log/journal, wenn der Ordner existiert: Der Fall enthält %n Journal-Dateien daraus, das Journal übersteht also einen Neustart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="452"/>
        <source>journald keeps its log on disk %1 (%2, and the node has /var/log/journal)</source>
        <translation>journald speichert sein Protokoll %1 auf der Platte (%2, und der Knoten hat /var/log/journal)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="453"/>
        <source>With Storage=auto journald writes to /var/log/journal when the folder exists: the archive holds the node&apos;s folder (%1), so the journal outlives a reboot. The folder holds no journal file the case has: it was archived without its files, or journald had written none there yet.</source>
        <translation>Mit Storage=auto schreibt journald nach /var/log/journal, wenn der Ordner existiert: Das Archiv enthält den Ordner des Knotens (%1), das Journal übersteht also einen Neustart. Der Ordner enthält keine Journal-Datei, die der Fall hat: Er wurde ohne seine Dateien archiviert, oder journald hatte dort noch keine geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="462"/>
        <source>journald likely keeps its log only until the node restarts %1 (%2, and no /var/log/journal among the node&apos;s logs)</source>
        <translation>journald behält sein Protokoll %1 wahrscheinlich nur bis zum Neustart des Knotens (%2, und kein /var/log/journal unter den Protokollen des Knotens)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/case/JournaldSettings.cpp" line="465"/>
        <source>With Storage=auto journald keeps the journal in /run, in memory, unless /var/log/journal exists. The case holds %n file(s) of the node&apos;s /var/log and no journal file from /var/log/journal: if the folder is indeed missing, a reboot erases the journal.%1 Check that the node has /var/log/journal, or set Storage=persistent.</source>
        <translation>
            <numerusform>Mit Storage=auto hält journald das Journal in /run, im Arbeitsspeicher, sofern /var/log/journal nicht existiert. Der Fall enthält %n Datei aus /var/log des Knotens und keine Journal-Datei aus /var/log/journal: Fehlt der Ordner wirklich, löscht ein Neustart das Journal.%1 Prüfen Sie, ob der Knoten /var/log/journal hat, oder setzen Sie Storage=persistent.</numerusform>
            <numerusform>Mit Storage=auto hält journald das Journal in /run, im Arbeitsspeicher, sofern /var/log/journal nicht existiert. Der Fall enthält %n Dateien aus /var/log des Knotens und keine Journal-Datei aus /var/log/journal: Fehlt der Ordner wirklich, löscht ein Neustart das Journal.%1 Prüfen Sie, ob der Knoten /var/log/journal hat, oder setzen Sie Storage=persistent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="525"/>
        <source>No longer holds %1: the case holds none of its journald files.</source>
        <translation>Trifft %1 nicht mehr zu: der Fall enthält keine seiner journald-Dateien.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="533"/>
        <source>Judged again by the case with all the journald files it holds %1 put together.</source>
        <translation>Vom Fall neu beurteilt, mit allen journald-Dateien, die er %1 enthält, zusammen gelesen.</translation>
    </message>
</context>
<context>
    <name>K8sManifestChecks</name>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="39"/>
        <source>Role grants every verb (*)</source>
        <translation>Rolle gewährt jedes Verb (*)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="40"/>
        <source>A wildcard verb includes escalate, bind, impersonate and delete, and any verb added to the API later; least privilege names the verbs needed.</source>
        <translation>Ein Platzhalter-Verb umfasst escalate, bind, impersonate und delete sowie jedes später zur API hinzugefügte Verb; nach dem Prinzip der minimalen Rechte werden die benötigten Verben einzeln genannt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="41"/>
        <source>Role covers every resource (*)</source>
        <translation>Rolle umfasst jede Ressource (*)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="42"/>
        <source>A wildcard resource includes secrets, RBAC objects and resources added later; least privilege names the resources needed.</source>
        <translation>Eine Platzhalter-Ressource umfasst Secrets, RBAC-Objekte und später hinzugefügte Ressourcen; nach dem Prinzip der minimalen Rechte werden die benötigten Ressourcen einzeln genannt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="43"/>
        <source>Role grants escalate, bind or impersonate</source>
        <translation>Rolle gewährt escalate, bind oder impersonate</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="44"/>
        <source>These verbs let the holder grant itself more rights or act as another user, bypassing RBAC.</source>
        <translation>Mit diesen Verben kann sich der Inhaber selbst weitere Rechte verschaffen oder als anderer Benutzer handeln und so RBAC umgehen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="45"/>
        <source>Binding to cluster-admin</source>
        <translation>Binding an cluster-admin</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="46"/>
        <source>cluster-admin is unrestricted control of the cluster. Bindings to it should be few, named, and reviewed; a binding to a broad group or a default service account gives it to every member or every pod.</source>
        <translation>cluster-admin bedeutet uneingeschränkte Kontrolle über den Cluster. Es sollte nur wenige, benannte und geprüfte Bindings daran geben; ein Binding an eine breite Gruppe oder einen Standard-Service-Account gibt diese Kontrolle jedem Mitglied bzw. jedem Pod.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="48"/>
        <source>Privileged container</source>
        <translation>Privilegierter Container</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="49"/>
        <source>A privileged container has all capabilities and the host&apos;s devices: a compromise of it is a compromise of the node.</source>
        <translation>Ein privilegierter Container hat alle Capabilities und die Geräte des Hosts: Wer ihn kompromittiert, kompromittiert den Node.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="50"/>
        <source>hostPath volume</source>
        <translation>hostPath-Volume</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="51"/>
        <source>A hostPath volume exposes the node&apos;s file system to the pod (kubelet credentials, container runtime socket, other pods&apos; data).</source>
        <translation>Ein hostPath-Volume legt das Dateisystem des Nodes für den Pod offen (Kubelet-Zugangsdaten, Socket der Container-Runtime, Daten anderer Pods).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="52"/>
        <source>Pod shares a host namespace</source>
        <translation>Pod teilt einen Host-Namespace</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="53"/>
        <source>hostNetwork, hostPID or hostIPC let the pod see the node&apos;s network traffic, processes or shared memory, and bypass NetworkPolicies.</source>
        <translation>hostNetwork, hostPID oder hostIPC lassen den Pod den Netzwerkverkehr, die Prozesse oder den gemeinsamen Speicher des Nodes sehen und NetworkPolicies umgehen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="54"/>
        <source>Container runs as root (runAsUser 0)</source>
        <translation>Container läuft als root (runAsUser 0)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="55"/>
        <source>Root in a container is root on the node after any container escape; workloads should run as a non-root user.</source>
        <translation>root in einem Container ist nach jedem Container-Ausbruch root auf dem Node; Workloads sollten als Nicht-root-Benutzer laufen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="56"/>
        <source>allowPrivilegeEscalation is true</source>
        <translation>allowPrivilegeEscalation ist true</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="57"/>
        <source>The process may gain more privileges than its parent (setuid binaries); set allowPrivilegeEscalation: false.</source>
        <translation>Der Prozess kann mehr Rechte erlangen als sein Elternprozess (setuid-Programme); setzen Sie allowPrivilegeEscalation: false.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="58"/>
        <source>Credential as a literal environment variable</source>
        <translation>Zugangsdaten als literale Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="59"/>
        <source>A credential written into the pod spec is readable by anyone who can read the workload object, and lands in every copy of the manifest; use a Secret reference (valueFrom.secretKeyRef). The value was replaced by its fingerprint.</source>
        <translation>Zugangsdaten in der Pod-Spezifikation sind für jeden lesbar, der das Workload-Objekt lesen darf, und landen in jeder Kopie des Manifests; verwenden Sie eine Secret-Referenz (valueFrom.secretKeyRef). Der Wert wurde durch seinen Fingerabdruck ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="60"/>
        <source>Default service account mounts its token</source>
        <translation>Standard-Service-Account bindet sein Token ein</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="61"/>
        <source>Every pod of the namespace that names no service account gets this account&apos;s API token mounted; set automountServiceAccountToken: false on the default account.</source>
        <translation>Jeder Pod des Namespace, der keinen Service-Account nennt, erhält das API-Token dieses Kontos eingebunden; setzen Sie automountServiceAccountToken: false am Standardkonto.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="63"/>
        <source>Credential stored in a ConfigMap</source>
        <translation>Zugangsdaten in einer ConfigMap gespeichert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="64"/>
        <source>ConfigMaps are not meant for secrets: they are readable more widely than Secrets and never encrypted at rest. The value was replaced by its fingerprint.</source>
        <translation>ConfigMaps sind nicht für Geheimnisse gedacht: Sie sind breiter lesbar als Secrets und werden im Ruhezustand nie verschlüsselt. Der Wert wurde durch seinen Fingerabdruck ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="65"/>
        <source>Credential embedded in an object</source>
        <translation>Zugangsdaten in einem Objekt eingebettet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="66"/>
        <source>A value shaped like a private key, token or access key is part of the object&apos;s spec. The value was replaced by its fingerprint.</source>
        <translation>Ein Wert, der wie ein privater Schlüssel, ein Token oder ein Zugriffsschlüssel aussieht, ist Teil der Spezifikation des Objekts. Der Wert wurde durch seinen Fingerabdruck ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="68"/>
        <source>Namespace has no NetworkPolicy</source>
        <translation>Namespace hat keine NetworkPolicy</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="69"/>
        <source>Without a NetworkPolicy selecting them, pods accept traffic from every pod in the cluster. Reported only for dumps that contain NetworkPolicies at all, so a dump without them is not read as a cluster without them.</source>
        <translation>Ohne eine NetworkPolicy, die sie auswählt, nehmen Pods Verkehr von jedem Pod im Cluster an. Wird nur für Dumps gemeldet, die überhaupt NetworkPolicies enthalten, damit ein Dump ohne sie nicht als Cluster ohne sie gelesen wird.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="71"/>
        <source>Istio mTLS not enforced</source>
        <translation>Istio-mTLS nicht erzwungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="72"/>
        <source>With PERMISSIVE or DISABLE, workloads accept plain-text traffic, which is neither encrypted nor authenticated.</source>
        <translation>Mit PERMISSIVE oder DISABLE nehmen Workloads Klartextverkehr an, der weder verschlüsselt noch authentifiziert ist.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="73"/>
        <source>Istio mTLS enforced (STRICT)</source>
        <translation>Istio-mTLS erzwungen (STRICT)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="74"/>
        <source>Evidence: traffic between workloads in scope is encrypted and mutually authenticated.</source>
        <translation>Nachweis: Der Verkehr zwischen den betroffenen Workloads ist verschlüsselt und gegenseitig authentifiziert.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="75"/>
        <source>Istio AuthorizationPolicy allows everything</source>
        <translation>Istio-AuthorizationPolicy erlaubt alles</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="76"/>
        <source>An ALLOW policy with an empty rule matches every request, so it lifts every restriction for the selected workloads. (An ALLOW policy without any rule is the opposite: it denies everything.)</source>
        <translation>Eine ALLOW-Policy mit einer leeren Regel passt auf jede Anfrage und hebt damit jede Einschränkung für die ausgewählten Workloads auf. (Eine ALLOW-Policy ganz ohne Regel bewirkt das Gegenteil: Sie verweigert alles.)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="77"/>
        <source>Istio egress allows any destination (ALLOW_ANY)</source>
        <translation>Istio-Egress erlaubt jedes Ziel (ALLOW_ANY)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="78"/>
        <source>Workloads may connect to any external host; REGISTRY_ONLY limits egress to registered services.</source>
        <translation>Workloads dürfen sich mit jedem externen Host verbinden; REGISTRY_ONLY beschränkt ausgehenden Verkehr auf registrierte Dienste.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="79"/>
        <source>Istio egress limited to the registry (REGISTRY_ONLY)</source>
        <translation>Istio-Egress auf die Registry beschränkt (REGISTRY_ONLY)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="80"/>
        <source>Evidence: outbound connections are limited to services known to the mesh.</source>
        <translation>Nachweis: Ausgehende Verbindungen sind auf dem Mesh bekannte Dienste beschränkt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="81"/>
        <source>Linkerd allows unauthenticated clients</source>
        <translation>Linkerd erlaubt nicht authentifizierte Clients</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="82"/>
        <source>The server accepts connections without a mesh identity, so mTLS authentication is not enforced for it.</source>
        <translation>Der Server nimmt Verbindungen ohne Mesh-Identität an; mTLS-Authentifizierung wird für ihn also nicht erzwungen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="83"/>
        <source>Linkerd authorization policy</source>
        <translation>Linkerd-Autorisierungsrichtlinie</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="84"/>
        <source>Evidence: traffic to the server is restricted to authorized clients.</source>
        <translation>Nachweis: Der Verkehr zum Server ist auf autorisierte Clients beschränkt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="86"/>
        <source>API server accepts anonymous requests</source>
        <translation>API-Server nimmt anonyme Anfragen an</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="87"/>
        <source>--anonymous-auth is true unless set to false: unauthenticated requests reach the API as system:anonymous.</source>
        <translation>--anonymous-auth ist true, sofern nicht auf false gesetzt: Nicht authentifizierte Anfragen erreichen die API als system:anonymous.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="88"/>
        <source>API server authorizes every request (AlwaysAllow)</source>
        <translation>API-Server autorisiert jede Anfrage (AlwaysAllow)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="89"/>
        <source>--authorization-mode includes AlwaysAllow: every authenticated request is allowed and RBAC is not enforced.</source>
        <translation>--authorization-mode enthält AlwaysAllow: Jede authentifizierte Anfrage wird erlaubt, RBAC wird nicht durchgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="90"/>
        <source>API server authorization mode</source>
        <translation>Autorisierungsmodus des API-Servers</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="91"/>
        <source>Evidence: requests are authorized by the modes listed.</source>
        <translation>Nachweis: Anfragen werden durch die aufgeführten Modi autorisiert.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="92"/>
        <source>API server serves an insecure port</source>
        <translation>API-Server bedient einen unsicheren Port</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="93"/>
        <source>--insecure-port serves the API without TLS, authentication or authorization.</source>
        <translation>--insecure-port stellt die API ohne TLS, Authentifizierung und Autorisierung bereit.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="94"/>
        <source>Control-plane profiling enabled</source>
        <translation>Profiling der Control Plane aktiviert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="95"/>
        <source>--profiling is true unless set to false and exposes performance and internal data of the component.</source>
        <translation>--profiling ist true, sofern nicht auf false gesetzt, und legt Leistungs- und interne Daten der Komponente offen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="96"/>
        <source>Secrets not encrypted at rest (no --encryption-provider-config)</source>
        <translation>Secrets im Ruhezustand nicht verschlüsselt (kein --encryption-provider-config)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="97"/>
        <source>Without an encryption provider configuration, Secrets are stored in etcd in plain text.</source>
        <translation>Ohne Konfiguration eines Verschlüsselungsanbieters werden Secrets im Klartext in etcd gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="98"/>
        <source>Encryption at rest configured</source>
        <translation>Verschlüsselung im Ruhezustand konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="99"/>
        <source>Evidence: the API server has an encryption provider configuration; check it encrypts secrets with a non-identity provider first.</source>
        <translation>Nachweis: Der API-Server hat eine Konfiguration für Verschlüsselungsanbieter; prüfen Sie, dass sie Secrets zuerst mit einem Anbieter außer identity verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="100"/>
        <source>API server audit logging not configured</source>
        <translation>Audit-Protokollierung des API-Servers nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="101"/>
        <source>The API server writes audit events only with --audit-policy-file and a backend (--audit-log-path or --audit-webhook-config-file); without them access to the cluster cannot be reviewed.</source>
        <translation>Der API-Server schreibt Audit-Ereignisse nur mit --audit-policy-file und einem Backend (--audit-log-path oder --audit-webhook-config-file); ohne sie lassen sich Zugriffe auf den Cluster nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="102"/>
        <source>API server audit logging configured</source>
        <translation>Audit-Protokollierung des API-Servers konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="103"/>
        <source>Evidence: audit events are written with the policy and log settings shown.</source>
        <translation>Nachweis: Audit-Ereignisse werden mit der gezeigten Richtlinie und den gezeigten Log-Einstellungen geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="104"/>
        <source>Audit log retention short or unset</source>
        <translation>Aufbewahrung des Audit-Logs kurz oder nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="105"/>
        <source>--audit-log-maxage below 30 days or --audit-log-maxbackup unset loses the evidence an audit period needs; ship logs elsewhere or keep them longer.</source>
        <translation>Mit --audit-log-maxage unter 30 Tagen oder ohne --audit-log-maxbackup gehen Nachweise verloren, die ein Prüfungszeitraum braucht; leiten Sie die Logs anderswohin weiter oder bewahren Sie sie länger auf.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="106"/>
        <source>etcd does not require client certificates</source>
        <translation>etcd verlangt keine Client-Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="107"/>
        <source>Without --client-cert-auth=true anyone who reaches etcd&apos;s port reads and writes every object, Secrets included.</source>
        <translation>Ohne --client-cert-auth=true liest und schreibt jeder, der den Port von etcd erreicht, jedes Objekt, Secrets eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="108"/>
        <source>etcd serves clients without TLS</source>
        <translation>etcd bedient Clients ohne TLS</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="109"/>
        <source>Without --cert-file and --key-file etcd traffic, Secrets included, is plain text.</source>
        <translation>Ohne --cert-file und --key-file ist der etcd-Verkehr, Secrets eingeschlossen, Klartext.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="110"/>
        <source>etcd peers are not authenticated</source>
        <translation>etcd-Peers sind nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="111"/>
        <source>Without --peer-client-cert-auth=true any host that reaches the peer port can join the etcd cluster.</source>
        <translation>Ohne --peer-client-cert-auth=true kann jeder Host, der den Peer-Port erreicht, dem etcd-Cluster beitreten.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="112"/>
        <source>etcd uses self-signed certificates (auto-tls)</source>
        <translation>etcd verwendet selbstsignierte Zertifikate (auto-tls)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="113"/>
        <source>--auto-tls / --peer-auto-tls generate self-signed certificates, which clients cannot verify.</source>
        <translation>--auto-tls / --peer-auto-tls erzeugen selbstsignierte Zertifikate, die Clients nicht prüfen können.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="114"/>
        <source>etcd requires TLS client certificates</source>
        <translation>etcd verlangt TLS-Client-Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="115"/>
        <source>Evidence: etcd serves TLS and authenticates its clients by certificate.</source>
        <translation>Nachweis: etcd bedient TLS und authentifiziert seine Clients per Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="117"/>
        <source>Resources not encrypted at rest (identity provider first)</source>
        <translation>Ressourcen im Ruhezustand nicht verschlüsselt (identity-Anbieter zuerst)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="118"/>
        <source>The first provider encrypts what is written; identity first means these resources are written to etcd in plain text.</source>
        <translation>Der erste Anbieter verschlüsselt, was geschrieben wird; steht identity zuerst, werden diese Ressourcen im Klartext in etcd geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="119"/>
        <source>Resources encrypted at rest</source>
        <translation>Ressourcen im Ruhezustand verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="120"/>
        <source>Evidence: these resources are written to etcd encrypted with the provider named. Its keys were replaced by fingerprints.</source>
        <translation>Nachweis: Diese Ressourcen werden mit dem genannten Anbieter verschlüsselt in etcd geschrieben. Seine Schlüssel wurden durch Fingerabdrücke ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="122"/>
        <source>Audit policy logs Secret contents</source>
        <translation>Audit-Richtlinie protokolliert Secret-Inhalte</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="123"/>
        <source>A Request or RequestResponse level on secrets (or on everything) writes Secret values into the audit log; log secrets at Metadata.</source>
        <translation>Die Stufe Request oder RequestResponse für secrets (oder für alles) schreibt Secret-Werte ins Audit-Log; protokollieren Sie secrets auf Stufe Metadata.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="124"/>
        <source>Audit policy does not log exec/attach</source>
        <translation>Audit-Richtlinie protokolliert exec/attach nicht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="125"/>
        <source>pods/exec, pods/attach and pods/portforward open a shell or a tunnel into a workload; they should be logged at Metadata at least.</source>
        <translation>pods/exec, pods/attach und pods/portforward öffnen eine Shell oder einen Tunnel in eine Workload; sie sollten mindestens auf Stufe Metadata protokolliert werden.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="126"/>
        <source>Audit policy does not log RBAC changes</source>
        <translation>Audit-Richtlinie protokolliert keine RBAC-Änderungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="127"/>
        <source>Changes to roles and bindings are how privileges are granted; they should be logged.</source>
        <translation>Über Änderungen an Rollen und Bindings werden Rechte vergeben; sie sollten protokolliert werden.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="128"/>
        <source>Audit policy logs nothing</source>
        <translation>Audit-Richtlinie protokolliert nichts</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="129"/>
        <source>Every rule has level None (or there is none): the API server writes no audit events.</source>
        <translation>Jede Regel hat die Stufe None (oder es gibt keine): Der API-Server schreibt keine Audit-Ereignisse.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="130"/>
        <source>Audit policy coverage</source>
        <translation>Abdeckung der Audit-Richtlinie</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="131"/>
        <source>Evidence: the levels at which the policy logs secrets, exec/attach and RBAC changes.</source>
        <translation>Nachweis: die Stufen, auf denen die Richtlinie Secrets, exec/attach und RBAC-Änderungen protokolliert.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="133"/>
        <source>Kubelet accepts anonymous requests</source>
        <translation>Kubelet akzeptiert anonyme Anfragen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="134"/>
        <source>authentication.anonymous.enabled is true: whoever reaches port 10250 calls the kubelet&apos;s API as system:anonymous (what the authorization mode then lets through: with AlwaysAllow, exec into every pod of the node).</source>
        <translation>authentication.anonymous.enabled ist true: Wer Port 10250 erreicht, ruft die API des Kubelets als system:anonymous auf (was der Autorisierungsmodus dann durchlässt: mit AlwaysAllow exec in jeden Pod des Nodes).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="135"/>
        <source>Kubelet authorizes every request (AlwaysAllow)</source>
        <translation>Kubelet autorisiert jede Anfrage (AlwaysAllow)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="136"/>
        <source>authorization.mode is AlwaysAllow: every request the kubelet authenticates (every request, with anonymous auth on) may read pods&apos; logs and secrets&apos; mounts and exec into containers; Webhook asks the API server&apos;s RBAC.</source>
        <translation>authorization.mode ist AlwaysAllow: Jede Anfrage, die das Kubelet authentifiziert (mit anonymer Authentifizierung jede), darf Logs von Pods und eingehängte Secrets lesen und exec in Container ausführen; Webhook fragt das RBAC des API-Servers.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="137"/>
        <source>Kubelet verifies no client certificates</source>
        <translation>Kubelet prüft keine Client-Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="138"/>
        <source>authentication.x509.clientCAFile is not set: the API server&apos;s kubelet client certificate is not verified, so the kubelet cannot tell it from any other client.</source>
        <translation>authentication.x509.clientCAFile ist nicht gesetzt: Das Kubelet-Client-Zertifikat des API-Servers wird nicht geprüft, sodass das Kubelet ihn nicht von anderen Clients unterscheiden kann.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="139"/>
        <source>Kubelet serves its read-only port</source>
        <translation>Kubelet bedient seinen schreibgeschützten Port</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="140"/>
        <source>readOnlyPort serves the node&apos;s pods (their specs, environment values included) and metrics without authentication or authorization; set it to 0.</source>
        <translation>readOnlyPort liefert die Pods des Nodes (ihre Spezifikationen samt Umgebungswerten) und Metriken ohne Authentifizierung oder Autorisierung; setzen Sie ihn auf 0.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="141"/>
        <source>Kubelet may change the kernel&apos;s settings</source>
        <translation>Kubelet darf Einstellungen des Kernels ändern</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="142"/>
        <source>protectKernelDefaults is not true: the kubelet changes kernel tunables it needs instead of failing when the node&apos;s hardening set them otherwise.</source>
        <translation>protectKernelDefaults ist nicht true: Das Kubelet ändert benötigte Kernel-Parameter, statt fehlzuschlagen, wenn die Härtung des Nodes sie anders gesetzt hat.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="143"/>
        <source>Kubelet client certificate not rotated</source>
        <translation>Client-Zertifikat des Kubelets wird nicht erneuert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="144"/>
        <source>rotateCertificates is false: the kubelet keeps its client certificate until it expires or someone replaces it by hand.</source>
        <translation>rotateCertificates ist false: Das Kubelet behält sein Client-Zertifikat, bis es abläuft oder jemand es von Hand ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="145"/>
        <source>Kubelet authentication and authorization</source>
        <translation>Authentifizierung und Autorisierung des Kubelets</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="146"/>
        <source>Evidence: the kubelet refuses anonymous requests and asks the API server (Webhook) whether each request is allowed.</source>
        <translation>Nachweis: Das Kubelet weist anonyme Anfragen ab und fragt den API-Server (Webhook), ob jede Anfrage erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="494"/>
        <source>%1 holds what looks like a credential.</source>
        <translation>%1 enthält etwas, das wie Zugangsdaten aussieht.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="505"/>
        <source>rules[%1] (resources: %2)</source>
        <translation>rules[%1] (resources: %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="509"/>
        <source>rules[%1] (verbs: %2)</source>
        <translation>rules[%1] (verbs: %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="512"/>
        <source>rules[%1]: %2</source>
        <translation>rules[%1]: %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="517"/>
        <source>verbs: [&quot;*&quot;] in %1.</source>
        <translation>verbs: [&quot;*&quot;] in %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="520"/>
        <source>resources: [&quot;*&quot;] in %1.</source>
        <translation>resources: [&quot;*&quot;] in %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="552"/>
        <source>%1 binds cluster-admin to %2.</source>
        <translation>%1 bindet cluster-admin an %2.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="554"/>
        <source>no subject</source>
        <translation>kein Subjekt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="567"/>
        <source>spec sets %1: true.</source>
        <translation>spec setzt %1: true.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="576"/>
        <source>hostPath volumes: %1.</source>
        <translation>hostPath-Volumes: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="603"/>
        <source>containers with privileged: true: %1.</source>
        <translation>Container mit privileged: true: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="606"/>
        <source>containers with runAsUser 0: %1.</source>
        <translation>Container mit runAsUser 0: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="609"/>
        <source>containers with allowPrivilegeEscalation: true: %1.</source>
        <translation>Container mit allowPrivilegeEscalation: true: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="613"/>
        <source>literal credentials in env: %1.</source>
        <translation>Literale Zugangsdaten in env: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="627"/>
        <source>--anonymous-auth=%1.</source>
        <translation>--anonymous-auth=%1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="628"/>
        <source>--anonymous-auth is not set (default true).</source>
        <translation>--anonymous-auth ist nicht gesetzt (Standard true).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="633"/>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="637"/>
        <source>--authorization-mode=%1.</source>
        <translation>--authorization-mode=%1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="634"/>
        <source>--authorization-mode is not set (the default is AlwaysAllow).</source>
        <translation>--authorization-mode ist nicht gesetzt (Standard ist AlwaysAllow).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="639"/>
        <source>--insecure-port=%1.</source>
        <translation>--insecure-port=%1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="641"/>
        <source>kube-apiserver --profiling is not false.</source>
        <translation>kube-apiserver --profiling ist nicht false.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="644"/>
        <source>--encryption-provider-config=%1.</source>
        <translation>--encryption-provider-config=%1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="648"/>
        <source>--encryption-provider-config is not set.</source>
        <translation>--encryption-provider-config ist nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="652"/>
        <source>--audit-policy-file=%1, --audit-log-path=%2, --audit-webhook-config-file=%3.</source>
        <translation>--audit-policy-file=%1, --audit-log-path=%2, --audit-webhook-config-file=%3.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="653"/>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="654"/>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="656"/>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="668"/>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="669"/>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="852"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="659"/>
        <source>--audit-policy-file=%1, --audit-log-path=%2, --audit-log-maxage=%3, --audit-log-maxbackup=%4.</source>
        <translation>--audit-policy-file=%1, --audit-log-path=%2, --audit-log-maxage=%3, --audit-log-maxbackup=%4.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="667"/>
        <source>--audit-log-maxage=%1, --audit-log-maxbackup=%2.</source>
        <translation>--audit-log-maxage=%1, --audit-log-maxbackup=%2.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="675"/>
        <source>--client-cert-auth is not true.</source>
        <translation>--client-cert-auth ist nicht true.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="679"/>
        <source>--cert-file or --key-file is not set.</source>
        <translation>--cert-file oder --key-file ist nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="683"/>
        <source>--peer-client-cert-auth is not true.</source>
        <translation>--peer-client-cert-auth ist nicht true.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="688"/>
        <source>--auto-tls=%1, --peer-auto-tls=%2.</source>
        <translation>--auto-tls=%1, --peer-auto-tls=%2.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="692"/>
        <source>--client-cert-auth=true, --cert-file=%1, --peer-client-cert-auth=true.</source>
        <translation>--client-cert-auth=true, --cert-file=%1, --peer-client-cert-auth=true.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="697"/>
        <source>%1 --profiling is not false.</source>
        <translation>%1 --profiling ist nicht false.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="709"/>
        <source>automountServiceAccountToken is not set (default true).</source>
        <translation>automountServiceAccountToken ist nicht gesetzt (Standard true).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="710"/>
        <source>automountServiceAccountToken: true.</source>
        <translation>automountServiceAccountToken: true.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="719"/>
        <source>mesh-wide</source>
        <translation>meshweit</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="720"/>
        <source>selected workloads in %1</source>
        <translation>ausgewählte Workloads in %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="721"/>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="733"/>
        <source>mTLS mode STRICT (%1).</source>
        <translation>mTLS-Modus STRICT (%1).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="736"/>
        <source>mTLS mode %1 (%2)%3.</source>
        <translation>mTLS-Modus %1 (%2)%3.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="739"/>
        <source>; ports %1</source>
        <translation>; Ports %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="754"/>
        <source>action ALLOW with an empty rule ({}) for %1.</source>
        <translation>Aktion ALLOW mit leerer Regel ({}) für %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="755"/>
        <source>the selected workloads</source>
        <translation>die ausgewählten Workloads</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="756"/>
        <source>every workload in the namespace</source>
        <translation>jede Workload im Namespace</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="766"/>
        <source>outboundTrafficPolicy.mode ALLOW_ANY.</source>
        <translation>outboundTrafficPolicy.mode ALLOW_ANY.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="768"/>
        <source>outboundTrafficPolicy.mode REGISTRY_ONLY.</source>
        <translation>outboundTrafficPolicy.mode REGISTRY_ONLY.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="779"/>
        <source>accessPolicy: %1.</source>
        <translation>accessPolicy: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="783"/>
        <source>client.unauthenticated: true.</source>
        <translation>client.unauthenticated: true.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="785"/>
        <source>clients must present a mesh identity.</source>
        <translation>Clients müssen eine Mesh-Identität vorweisen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="792"/>
        <source>target %1 %2 requires %3.</source>
        <translation>Ziel %1 %2 verlangt %3.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="794"/>
        <source>no authentication</source>
        <translation>keine Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="809"/>
        <source>resources %1: providers %2.</source>
        <translation>Ressourcen %1: Anbieter %2.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="831"/>
        <source>authentication.anonymous.enabled: true.</source>
        <translation>authentication.anonymous.enabled: true.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="833"/>
        <source>authorization.mode: AlwaysAllow.</source>
        <translation>authorization.mode: AlwaysAllow.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="835"/>
        <source>authentication.x509.clientCAFile is not set.</source>
        <translation>authentication.x509.clientCAFile ist nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="838"/>
        <source>readOnlyPort: %1.</source>
        <translation>readOnlyPort: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="842"/>
        <source>protectKernelDefaults: false.</source>
        <translation>protectKernelDefaults: false.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="843"/>
        <source>protectKernelDefaults is not set (default false).</source>
        <translation>protectKernelDefaults ist nicht gesetzt (Vorgabe false).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="845"/>
        <source>rotateCertificates: false.</source>
        <translation>rotateCertificates: false.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="848"/>
        <source>anonymous: %1; authorization.mode: %2; clientCAFile: %3.</source>
        <translation>anonymous: %1; authorization.mode: %2; clientCAFile: %3.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="849"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="850"/>
        <source>not set (false)</source>
        <translation>nicht gesetzt (false)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="851"/>
        <source>not set (Webhook)</source>
        <translation>nicht gesetzt (Webhook)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="872"/>
        <source>%1 rules, all at level None.</source>
        <translation>%1 Regeln, alle auf Stufe None.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="878"/>
        <source>secrets are logged at %1.</source>
        <translation>Secrets werden auf Stufe %1 protokolliert.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="886"/>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="895"/>
        <source>not logged: %1.</source>
        <translation>nicht protokolliert: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="901"/>
        <source>secrets at %1, pods/exec at %2, RBAC changes at %3.</source>
        <translation>Secrets auf %1, pods/exec auf %2, RBAC-Änderungen auf %3.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestChecks.cpp" line="916"/>
        <source>the dump has NetworkPolicies, none in namespace %1.</source>
        <translation>Der Dump enthält NetworkPolicies, keine im Namespace %1.</translation>
    </message>
</context>
<context>
    <name>K8sManifestImporter</name>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="559"/>
        <source>a list item is not an object; skipped</source>
        <translation>Ein Listenelement ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="594"/>
        <source>text that could not be read is not kept in the case&apos;s copy of the file</source>
        <translation>Text, der nicht gelesen werden konnte, wird in der Kopie der Datei im Fall nicht aufbewahrt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="600"/>
        <source>the document is not a Kubernetes object (no kind); skipped</source>
        <translation>Das Dokument ist kein Kubernetes-Objekt (kein kind); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="620"/>
        <source>an object without kind; skipped</source>
        <translation>Ein Objekt ohne kind; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="626"/>
        <source>a kubeconfig, not a cluster object: import it as kubeconfig; skipped</source>
        <translation>Eine kubeconfig, kein Cluster-Objekt: Importieren Sie sie als kubeconfig; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="634"/>
        <source>the object cannot be converted within the bounds; skipped</source>
        <translation>Das Objekt lässt sich nicht innerhalb der Grenzen umwandeln; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="646"/>
        <source>a %1 object without metadata</source>
        <translation>Ein %1-Objekt ohne metadata</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="750"/>
        <source>larger than %1 MiB; split the dump (one file per namespace or kind)</source>
        <translation>Größer als %1 MiB; teilen Sie den Dump auf (eine Datei pro Namespace oder Art)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="755"/>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="777"/>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="790"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="759"/>
        <source>binary data, not YAML or JSON</source>
        <translation>Binärdaten, kein YAML oder JSON</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="761"/>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="799"/>
        <source>no Kubernetes object (apiVersion and kind) in the file</source>
        <translation>Kein Kubernetes-Objekt (apiVersion und kind) in der Datei</translation>
    </message>
</context>
<context>
    <name>K8sManifestJson</name>
    <message>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="74"/>
        <source>objects nested more than %1 deep; refused</source>
        <translation>Objekte tiefer als %1 Ebenen verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="109"/>
        <source>the key &quot;%1&quot; appears twice in one object; the last value is used</source>
        <translation>Der Schlüssel „%1“ kommt in einem Objekt zweimal vor; der letzte Wert wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="192"/>
        <source>the object has more than %1 nodes; refused</source>
        <translation>Das Objekt hat mehr als %1 Knoten; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="304"/>
        <source>the JSON ends in the middle of a value (truncated?); the objects up to line %1 were read</source>
        <translation>Das JSON endet mitten in einem Wert (abgeschnitten?); die Objekte bis Zeile %1 wurden gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="307"/>
        <source>the JSON brackets do not match; the objects up to line %1 were read</source>
        <translation>Die JSON-Klammern passen nicht zusammen; die Objekte bis Zeile %1 wurden gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="328"/>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="335"/>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="340"/>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="407"/>
        <source>JSON error: %1</source>
        <translation>JSON-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestJson.cpp" line="355"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>KubeletCommandLine</name>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="152"/>
        <location filename="../core/case/KubeletCommandLine.cpp" line="942"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="190"/>
        <source>the kubelet accepts anonymous requests %1 (no --anonymous-auth and no --config: the default, true)</source>
        <translation>das Kubelet nimmt anonyme Anfragen an %1 (kein --anonymous-auth und kein --config: der Standardwert, true)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="193"/>
        <source>Whoever reaches port 10250 calls the kubelet&apos;s API as system:anonymous. CIS Kubernetes Benchmark 4.2.1: give --anonymous-auth=false, or authentication.anonymous.enabled: false in a configuration file.</source>
        <translation>Wer Port 10250 erreicht, ruft die API des Kubelets als system:anonymous auf. CIS Kubernetes Benchmark 4.2.1: --anonymous-auth=false angeben oder authentication.anonymous.enabled: false in einer Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="198"/>
        <source>the kubelet authorizes every request %1 (no --authorization-mode and no --config: the default, AlwaysAllow)</source>
        <translation>das Kubelet erlaubt jede Anfrage %1 (kein --authorization-mode und kein --config: der Standardwert, AlwaysAllow)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="201"/>
        <source>AlwaysAllow lets every request the kubelet authenticates (every request, with anonymous requests accepted) read pods&apos; logs and exec into containers. CIS Kubernetes Benchmark 4.2.2: give --authorization-mode=Webhook, which asks the API server.</source>
        <translation>AlwaysAllow lässt jede Anfrage, die das Kubelet authentifiziert (jede Anfrage, wenn anonyme Anfragen angenommen werden), die Logs von Pods lesen und Befehle in Containern ausführen. CIS Kubernetes Benchmark 4.2.2: --authorization-mode=Webhook angeben, das den API-Server fragt.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="206"/>
        <source>the kubelet serves its read-only port %1 (no --read-only-port and no --config: the default, 10255)</source>
        <translation>das Kubelet bedient seinen schreibgeschützten Port %1 (kein --read-only-port und kein --config: der Standardwert, 10255)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="209"/>
        <source>The read-only port serves the node&apos;s pods (their specs, environment values included) and metrics without authentication or authorization. CIS Kubernetes Benchmark 4.2.4: give --read-only-port=0.</source>
        <translation>Der schreibgeschützte Port liefert die Pods des Knotens (ihre Spezifikationen samt Umgebungswerten) und Metriken ohne Authentifizierung oder Autorisierung. CIS Kubernetes Benchmark 4.2.4: --read-only-port=0 angeben.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="214"/>
        <source>the kubelet may change the kernel&apos;s settings %1 (no --protect-kernel-defaults and no --config: the default, false)</source>
        <translation>das Kubelet darf die Kernel-Einstellungen ändern %1 (kein --protect-kernel-defaults und kein --config: der Standardwert, false)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="217"/>
        <source>The kubelet changes kernel tunables it needs instead of failing when the node&apos;s hardening set them otherwise. CIS Kubernetes Benchmark 4.2.6: give --protect-kernel-defaults=true.</source>
        <translation>Das Kubelet ändert Kernel-Parameter, die es braucht, statt abzubrechen, wenn die Härtung des Knotens sie anders gesetzt hat. CIS Kubernetes Benchmark 4.2.6: --protect-kernel-defaults=true angeben.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="221"/>
        <source>the kubelet&apos;s client certificate is not rotated %1 (no --rotate-certificates and no --config: the default, false)</source>
        <translation>das Client-Zertifikat des Kubelets wird nicht erneuert %1 (kein --rotate-certificates und kein --config: der Standardwert, false)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="224"/>
        <source>The kubelet keeps its client certificate until it expires or someone replaces it by hand. CIS Kubernetes Benchmark 4.2.11: give --rotate-certificates=true.</source>
        <translation>Das Kubelet behält sein Client-Zertifikat, bis es abläuft oder jemand es von Hand ersetzt. CIS Kubernetes Benchmark 4.2.11: --rotate-certificates=true angeben.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="318"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="517"/>
        <source>the kubelet runs the ExecStart= of %1 line %2 instead</source>
        <translation>das Kubelet führt stattdessen das ExecStart= aus %1 Zeile %2 aus</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="521"/>
        <location filename="../core/case/KubeletCommandLine.cpp" line="566"/>
        <source>the kubelet&apos;s ExecStart= (%1 line %2) does not use $%3</source>
        <translation>das ExecStart= des Kubelets (%1 Zeile %2) verwendet $%3 nicht</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="526"/>
        <source>$%1 is set again in %2, which wins</source>
        <translation>$%1 wird in %2 erneut gesetzt, und das gilt</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="529"/>
        <location filename="../core/case/KubeletCommandLine.cpp" line="572"/>
        <source>%1 (%2) comes later on the kubelet&apos;s command line and wins</source>
        <translation>%1 (%2) steht später in der Befehlszeile des Kubelets und gilt</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="672"/>
        <source>%1 replaces this file</source>
        <translation>%1 ersetzt diese Datei</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="724"/>
        <source>no EnvironmentFile= of %1 or its drop-ins names this file</source>
        <translation>kein EnvironmentFile= von %1 oder seinen Drop-ins nennt diese Datei</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="798"/>
        <source>&quot;%1&quot; in $%2 (%3)</source>
        <translation>„%1“ in $%2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="914"/>
        <location filename="../core/case/KubeletCommandLine.cpp" line="969"/>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1212"/>
        <source>Not in effect on node %1: %2.</source>
        <translation>Auf Knoten %1 nicht wirksam: %2.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="918"/>
        <location filename="../core/case/KubeletCommandLine.cpp" line="973"/>
        <source>Overridden on node %1: %2.</source>
        <translation>Auf Knoten %1 außer Kraft gesetzt: %2.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="988"/>
        <source>$%1 on the kubelet&apos;s command line</source>
        <translation>$%1 auf der Befehlszeile des Kubelets</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1018"/>
        <source>the kubelet&apos;s command line names a configuration file (--config %1, %2)</source>
        <translation>die Befehlszeile des Kubelets nennt eine Konfigurationsdatei (--config %1, %2)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1021"/>
        <source>the kubelet reads the drop-ins of its --config-dir %1 (%2)</source>
        <translation>das Kubelet liest die Drop-ins seines --config-dir %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1024"/>
        <source>%1, which the kubelet&apos;s unit names, is not in the case: any flag may be there</source>
        <translation>%1, das die Unit des Kubelets nennt, ist nicht im Fall: dort kann jedes Flag stehen</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1027"/>
        <source>the kubelet&apos;s command uses %1, whose flags the file&apos;s import by an older Auditbench did not keep: import the file again in its place (import --replace, or remove it and import it) to have them read</source>
        <translation>der Befehl des Kubelets verwendet %1, dessen Flags der Import der Datei durch ein älteres Auditbench nicht behalten hat: die Datei an ihrer Stelle erneut importieren (import --replace, oder entfernen und importieren), damit sie gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1032"/>
        <source>the kubelet&apos;s command uses %1, whose value does not read as flags (it does not start with one): any flag may be there</source>
        <translation>der Befehl des Kubelets verwendet %1, dessen Wert sich nicht als Flags lesen lässt (er beginnt mit keinem): dort kann jedes Flag stehen</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1040"/>
        <source>No longer holds on node %1: %2.</source>
        <translation>Gilt auf Knoten %1 nicht mehr: %2.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1044"/>
        <source>No longer holds on node %1: the kubelet&apos;s command line gives %2 (%3).</source>
        <translation>Gilt auf Knoten %1 nicht mehr: die Befehlszeile des Kubelets gibt %2 (%3).</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1051"/>
        <source>on node %1</source>
        <translation>auf Knoten %1</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1060"/>
        <source>The kubelet&apos;s command line (%1 line %2) gives no --%3 and names no configuration file (--config): the kubelet runs with the flag&apos;s default, %4. %5</source>
        <translation>Die Befehlszeile des Kubelets (%1 Zeile %2) gibt kein --%3 und nennt keine Konfigurationsdatei (--config): das Kubelet läuft mit dem Standardwert des Flags, %4. %5</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1067"/>
        <source>the kubelet&apos;s command line</source>
        <translation>die Befehlszeile des Kubelets</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1095"/>
        <source>No longer holds on node %1: $%2, as %3 sets it, does not give it.</source>
        <translation>Gilt auf Knoten %1 nicht mehr: $%2, wie %3 sie setzt, gibt es nicht an.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1098"/>
        <source>No longer holds on node %1: no command line the case holds for its kubelet uses $%2.</source>
        <translation>Gilt auf Knoten %1 nicht mehr: keine Befehlszeile seines Kubelets im Fall verwendet $%2.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1101"/>
        <source>No longer holds on node %1: the case holds no command line that runs its kubelet.</source>
        <translation>Gilt auf Knoten %1 nicht mehr: der Fall enthält keine Befehlszeile, die sein Kubelet startet.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1155"/>
        <source>the kubelet reads only the .conf files of its --config-dir %1</source>
        <translation>das Kubelet liest nur die .conf-Dateien seines --config-dir %1</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1157"/>
        <source>the kubelet reads %1 (its --config) and has no --config-dir</source>
        <translation>das Kubelet liest %1 (sein --config) und hat kein --config-dir</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1159"/>
        <source>the kubelet reads %1 (its --config) and the .conf files of %2 (its --config-dir)</source>
        <translation>das Kubelet liest %1 (sein --config) und die .conf-Dateien von %2 (sein --config-dir)</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1235"/>
        <source>Overridden on node %1: the kubelet&apos;s command line gives %2 (%3), which wins over this file.</source>
        <translation>Auf Knoten %1 außer Kraft gesetzt: die Befehlszeile des Kubelets gibt %2 (%3) an, was Vorrang vor dieser Datei hat.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1242"/>
        <source>Overridden on node %1: %2, a drop-in of the kubelet&apos;s --config-dir read after this file, sets %3.</source>
        <translation>Auf Knoten %1 außer Kraft gesetzt: %2, ein Drop-in des --config-dir des Kubelets, das nach dieser Datei gelesen wird, setzt %3.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1248"/>
        <source>Overridden on node %1: this drop-in does not set %2; %3, read before it, does.</source>
        <translation>Auf Knoten %1 außer Kraft gesetzt: dieses Drop-in setzt %2 nicht; %3, vor ihm gelesen, setzt es.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1251"/>
        <source>Overridden on node %1: this drop-in does not set %2; the kubelet&apos;s --config %3 decides it.</source>
        <translation>Auf Knoten %1 außer Kraft gesetzt: dieses Drop-in setzt %2 nicht; das --config des Kubelets, %3, entscheidet darüber.</translation>
    </message>
    <message>
        <location filename="../core/case/KubeletCommandLine.cpp" line="1265"/>
        <source>Overridden on node %1: with the drop-ins of its --config-dir %2 put together, the kubelet runs with %3.</source>
        <translation>Auf Knoten %1 außer Kraft gesetzt: mit den Drop-ins seines --config-dir %2 zusammengesetzt läuft das Kubelet mit %3.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/case/RawStore.cpp" line="39"/>
        <source>stored chunk does not decompress: %1</source>
        <translation>Gespeicherter Block lässt sich nicht dekomprimieren: %1</translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="26"/>
        <location filename="../core/case/RawStore.cpp" line="218"/>
        <source>cannot compress the original: %1</source>
        <translation>Original kann nicht komprimiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="221"/>
        <source>more than %1 secrets were found after their part of the stored copy was compressed; nothing was stored rather than keep them</source>
        <translation>Mehr als %1 Geheimnisse wurden gefunden, nachdem ihr Teil der gespeicherten Kopie bereits komprimiert war; statt sie zu behalten, wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="268"/>
        <source>chunk %1 is missing or out of place</source>
        <translation>Block %1 fehlt oder steht an falscher Stelle</translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="272"/>
        <source>chunk %1: %2</source>
        <translation>Block %1: %2</translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="329"/>
        <source>chunk %1 of the stored copy is missing</source>
        <translation>Block %1 der gespeicherten Kopie fehlt</translation>
    </message>
    <message>
        <location filename="../core/case/Sqlite.cpp" line="179"/>
        <location filename="../core/import/ImportJob.cpp" line="98"/>
        <location filename="../core/import/ImportSource.cpp" line="128"/>
        <location filename="../core/import/ImportSource.cpp" line="236"/>
        <source>cannot open: %1</source>
        <translation>Öffnen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/case/SqliteCaseWriter.cpp" line="628"/>
        <source>cannot write to the case file: %1</source>
        <translation>In die Falldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="34"/>
        <source>stored original has %1 bytes, %2 recorded</source>
        <translation>Gespeichertes Original hat %1 Bytes, erfasst sind %2</translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="36"/>
        <source>sha256 mismatch: stored original hashes to %1, %2 recorded</source>
        <translation>SHA-256 stimmt nicht überein: Gespeichertes Original hat den Hash %1, erfasst ist %2</translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="42"/>
        <source>ok (archive: its members keep its bytes and are checked on their own; the archive as given had sha256 %1)</source>
        <translation>ok (Archiv: Seine Mitglieder enthalten seine Bytes und werden einzeln geprüft; das Archiv hatte beim Eingang SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="48"/>
        <source>ok (stored copy with secrets replaced by fingerprints; the file as given had sha256 %1)</source>
        <translation>ok (gespeicherte Kopie mit durch Fingerabdrücke ersetzten Geheimnissen; die Datei hatte beim Eingang SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="68"/>
        <source>integrity check returned nothing</source>
        <translation>Integritätsprüfung lieferte kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/case/SearchIndex.cpp" line="343"/>
        <location filename="../core/case/SearchIndex.cpp" line="369"/>
        <source>full-text block %1 has an entry but no event with words</source>
        <translation>Volltextblock %1 hat einen Eintrag, aber kein Ereignis mit Wörtern</translation>
    </message>
    <message>
        <location filename="../core/case/SearchIndex.cpp" line="345"/>
        <source>full-text block %1 (events %2 to %3) has no entry</source>
        <translation>Volltextblock %1 (Ereignisse %2 bis %3) hat keinen Eintrag</translation>
    </message>
    <message>
        <location filename="../core/case/SearchIndex.cpp" line="352"/>
        <source>full-text block %1 (events %2 to %3) does not hold the words of its events</source>
        <translation>Volltextblock %1 (Ereignisse %2 bis %3) enthält nicht die Wörter seiner Ereignisse</translation>
    </message>
    <message>
        <location filename="../core/case/SearchIndex.cpp" line="367"/>
        <location filename="../core/case/Verifier.cpp" line="73"/>
        <source>full-text index: %1</source>
        <translation>Volltextindex: %1</translation>
    </message>
    <message>
        <location filename="../core/case/SearchIndex.cpp" line="474"/>
        <source>full-text search is not available in this SQLite</source>
        <translation>Die Volltextsuche ist in diesem SQLite nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="87"/>
        <source>journal row %1 does not match its hash chain</source>
        <translation>Journalzeile %1 passt nicht zu ihrer Hash-Kette</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/case/Verifier.cpp" line="93"/>
        <source>%n row(s), chain intact</source>
        <translation>
            <numerusform>%n Zeile, Kette intakt</numerusform>
            <numerusform>%n Zeilen, Kette intakt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/ImporterRegistry.cpp" line="214"/>
        <source>Archives (%1)</source>
        <translation>Archive (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/ImporterRegistry.cpp" line="217"/>
        <source>Supported evidence (%1)</source>
        <translation>Unterstützte Nachweise (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/ImporterRegistry.cpp" line="218"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ContainerLogImporter.cpp" line="252"/>
        <location filename="../core/import/importers/ContainerLogImporter.cpp" line="334"/>
        <source>Unreadable time &quot;%1&quot;; the time of the line before was used</source>
        <translation>Unlesbare Zeit „%1“; die Zeit der vorherigen Zeile wurde verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ContainerLogImporter.cpp" line="322"/>
        <source>Not a well-formed Docker json-file record; its text was kept as a plain line</source>
        <translation>Kein wohlgeformter Docker-json-file-Datensatz; sein Text wurde als einfache Zeile übernommen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ContainerLogImporter.cpp" line="427"/>
        <source>A line joined from partial records is longer than %1 bytes; only its first %1 bytes were kept</source>
        <translation>Eine aus Teildatensätzen zusammengesetzte Zeile ist länger als %1 Bytes; nur ihre ersten %1 Bytes wurden übernommen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ContainerLogImporter.cpp" line="507"/>
        <source>No time in this line nor in any line before it; the lines up to the first timed one were given the file&apos;s modification time</source>
        <translation>Weder diese noch eine frühere Zeile enthält eine Zeit; die Zeilen bis zur ersten mit Zeitangabe erhielten die Änderungszeit der Datei</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ContainerLogImporter.cpp" line="723"/>
        <source>Container log (Docker, CRI, kubectl logs)</source>
        <translation>Container-Log (Docker, CRI, kubectl logs)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/importers/AccountsImporter.cpp" line="278"/>
        <source>%n line(s) starting with &apos;+&apos; or &apos;-&apos; name accounts kept in NIS or LDAP, not in this file; they were passed over</source>
        <translation>
            <numerusform>%n Zeile, die mit &apos;+&apos; oder &apos;-&apos; beginnt, nennt Konten aus NIS oder LDAP, nicht aus dieser Datei; sie wurde übergangen</numerusform>
            <numerusform>%n Zeilen, die mit &apos;+&apos; oder &apos;-&apos; beginnen, nennen Konten aus NIS oder LDAP, nicht aus dieser Datei; sie wurden übergangen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="310"/>
        <source>%1 fields separated by &apos;:&apos; where %2&apos;s entries have %3</source>
        <translation>%1 durch &apos;:&apos; getrennte Felder, wo die Einträge von %2 %3 haben</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="314"/>
        <source>&apos;%1&apos; is not a user or group name</source>
        <translation>&apos;%1&apos; ist kein Benutzer- oder Gruppenname</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="315"/>
        <source>a day count that is not a number</source>
        <translation>eine Anzahl von Tagen, die keine Zahl ist</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="316"/>
        <source>an id that is not a number below 2^32</source>
        <translation>eine ID, die keine Zahl unter 2^32 ist</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="313"/>
        <location filename="../core/import/importers/NodeFiles.cpp" line="41"/>
        <source>on this node</source>
        <translation>auf diesem Node</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="313"/>
        <location filename="../core/case/KubeletCommandLine.cpp" line="938"/>
        <location filename="../core/import/importers/NodeFiles.cpp" line="41"/>
        <source>on node %1</source>
        <translation>auf Node %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeFiles.cpp" line="120"/>
        <source>%1 more %2 match %3 past the first %4; they are in the resource, without findings of their own</source>
        <translation>%1 weitere %2 nach den ersten %4 entsprechen %3; sie stehen in der Ressource, ohne eigene Befunde</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeFiles.cpp" line="129"/>
        <source>%1 more %2 past the first %3 were read and judged, but the resource keeps only the first %3</source>
        <translation>%1 weitere %2 nach den ersten %3 wurden gelesen und bewertet, aber die Ressource behält nur die ersten %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="306"/>
        <source>not an entry of passwd, group, shadow or gshadow (%1 fields separated by &apos;:&apos;; passwd has 7, group and gshadow 4, shadow 9, with numeric ids and days)</source>
        <translation>kein Eintrag von passwd, group, shadow oder gshadow (%1 durch &apos;:&apos; getrennte Felder; passwd hat 7, group und gshadow 4, shadow 9, mit numerischen IDs und Tagen)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="423"/>
        <source>%1 has uid 0 %2: root&apos;s powers under another name</source>
        <translation>%1 hat die UID 0 %2: die Rechte von root unter anderem Namen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="424"/>
        <source>Every account with uid 0 is root: what it does is logged as root&apos;s, and its password or keys are a second way to root that a review of root&apos;s access does not see. Only root should have uid 0.</source>
        <translation>Jedes Konto mit der UID 0 ist root: Was es tut, wird als Handlung von root protokolliert, und sein Passwort oder seine Schlüssel sind ein zweiter Weg zu root, den eine Prüfung der Zugänge von root nicht sieht. Nur root sollte die UID 0 haben.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="429"/>
        <source>%1 shares uid %2 with %3 %4</source>
        <translation>%1 teilt die UID %2 mit %3 %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="430"/>
        <source>The kernel, the logs and the file system know accounts by their uid: what either account does is recorded as the first&apos;s, and each owns the other&apos;s files. Each account needs its own uid.</source>
        <translation>Kernel, Logs und Dateisystem kennen Konten an ihrer UID: Was eines der Konten tut, wird als Handlung des ersten erfasst, und jedes besitzt die Dateien des anderen. Jedes Konto braucht eine eigene UID.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="437"/>
        <source>%1&apos;s password hash is in passwd %2, which every user can read</source>
        <translation>Der Passwort-Hash von %1 steht in passwd %2, das jeder Benutzer lesen kann</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="438"/>
        <source>passwd is readable by every account on the node; a hash kept there (%1) can be copied and cracked offline. Hashes belong in shadow, readable by root alone (pwconv moves them).</source>
        <translation>passwd ist für jedes Konto auf dem Node lesbar; ein dort gespeicherter Hash (%1) kann kopiert und offline geknackt werden. Hashes gehören in shadow, das nur root lesen kann (pwconv verschiebt sie).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="446"/>
        <source>System account %1 (uid %2) has the login shell %3 %4</source>
        <translation>Systemkonto %1 (UID %2) hat die Login-Shell %3 %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="448"/>
        <source>Accounts below uid 1000 run services; a login shell lets anyone who gets their password or a key log in as them. Give them /usr/sbin/nologin unless someone must log in as the service.</source>
        <translation>Konten unter UID 1000 betreiben Dienste; mit einer Login-Shell kann sich jeder, der ihr Passwort oder einen Schlüssel erlangt, als sie anmelden. Geben Sie ihnen /usr/sbin/nologin, sofern sich niemand als der Dienst anmelden muss.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="456"/>
        <source>%1 has an empty password in %2 %3</source>
        <translation>%1 hat ein leeres Passwort in %2 %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="457"/>
        <source>An empty password field lets the account log in without a password wherever PAM allows it (nullok, the default of many distributions&apos; common-auth), and su to it needs none. Lock it (passwd -l) or set one.</source>
        <translation>Ein leeres Passwortfeld erlaubt die Anmeldung ohne Passwort überall, wo PAM es zulässt (nullok, die Vorgabe der common-auth vieler Distributionen), und su zu diesem Konto braucht keines. Sperren Sie es (passwd -l) oder setzen Sie eines.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="505"/>
        <source>Group %1 has a password %2</source>
        <translation>Gruppe %1 hat ein Passwort %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="506"/>
        <source>Whoever knows the password joins %1 with newgrp, and %1&apos;s members hold root&apos;s powers: an administrator&apos;s rights shared by a password, granted to no one by name. Lock it (gpasswd -r %1).</source>
        <translation>Wer das Passwort kennt, tritt %1 mit newgrp bei, und die Mitglieder von %1 haben die Rechte von root: Administratorrechte, geteilt über ein Passwort, niemandem namentlich gewährt. Sperren Sie es (gpasswd -r %1).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="510"/>
        <source>Whoever knows the password joins %1 with newgrp, without being made a member by name; a shared secret no review of members shows. Lock it (gpasswd -r %1) unless it is needed.</source>
        <translation>Wer das Passwort kennt, tritt %1 mit newgrp bei, ohne namentlich Mitglied zu werden; ein geteiltes Geheimnis, das keine Prüfung der Mitglieder zeigt. Sperren Sie es (gpasswd -r %1), sofern es nicht gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="525"/>
        <source>Administrators %1 (group %2): %3</source>
        <translation>Administratoren %1 (Gruppe %2): %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="526"/>
        <source>Members of %1 may run any command as root through sudo (or su, for wheel). The list for the review of privileged access; accounts whose primary group is %1 are in passwd, not here.</source>
        <translation>Mitglieder von %1 dürfen über sudo (bzw. su bei wheel) jeden Befehl als root ausführen. Die Liste für die Prüfung privilegierter Zugänge; Konten, deren primäre Gruppe %1 ist, stehen in passwd, nicht hier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/importers/AccountsImporter.cpp" line="535"/>
        <source>%n account(s) in group %1 %2 have root&apos;s powers: %3</source>
        <translation>
            <numerusform>%n Konto in der Gruppe %1 %2 hat die Rechte von root: %3</numerusform>
            <numerusform>%n Konten in der Gruppe %1 %2 haben die Rechte von root: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="538"/>
        <source>Membership of %1 is root without sudo and without its log: docker and lxd start a container with the host&apos;s file system mounted, disk reads and writes the raw disks. Grant it as root is granted, or not at all.</source>
        <translation>Die Mitgliedschaft in %1 ist root ohne sudo und ohne dessen Protokoll: docker und lxd starten einen Container mit eingehängtem Dateisystem des Hosts, disk liest und schreibt die Datenträger direkt. Vergeben Sie sie wie root oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="576"/>
        <source>%1&apos;s password is hashed with %2 %3</source>
        <translation>Das Passwort von %1 ist mit %2 gehasht %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="577"/>
        <source>%1 hashes are cracked in minutes to hours on one graphics card. Set ENCRYPT_METHOD (login.defs) or pam_unix to yescrypt or SHA512 and have the password changed.</source>
        <translation>%1-Hashes werden auf einer Grafikkarte in Minuten bis Stunden geknackt. Stellen Sie ENCRYPT_METHOD (login.defs) oder pam_unix auf yescrypt oder SHA512 und lassen Sie das Passwort ändern.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="586"/>
        <source>%1&apos;s password never expires %2</source>
        <translation>Das Passwort von %1 läuft nie ab %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="587"/>
        <source>%1&apos;s password expires only after %2 days %3</source>
        <translation>Das Passwort von %1 läuft erst nach %2 Tagen ab %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="589"/>
        <source>The account has a password that can log in, and shadow does not have it changed within a year (PASS_MAX_DAYS in login.defs, chage -M). Where policy asks for rotation, this account escapes it.</source>
        <translation>Das Konto hat ein Passwort, mit dem es sich anmelden kann, und shadow verlangt keine Änderung innerhalb eines Jahres (PASS_MAX_DAYS in login.defs, chage -M). Wo die Richtlinie einen Wechsel verlangt, entgeht ihm dieses Konto.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="630"/>
        <source>Node accounts (/etc/passwd, group, shadow)</source>
        <translation>Konten eines Nodes (/etc/passwd, group, shadow)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="677"/>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="709"/>
        <source>no passwd, group, shadow or gshadow entry found</source>
        <translation>Kein Eintrag von passwd, group, shadow oder gshadow gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="682"/>
        <source>Node accounts&apos; backups (/etc/passwd-, group-, shadow-, gshadow-)</source>
        <translation>Sicherungen der Knotenkonten (/etc/passwd-, group-, shadow-, gshadow-)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ContainerLogImporter.cpp" line="755"/>
        <location filename="../core/import/importers/EnvoyAccessImporter.cpp" line="365"/>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="692"/>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="391"/>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="452"/>
        <location filename="../core/import/importers/HttpAccessImporter.cpp" line="574"/>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="667"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="299"/>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="600"/>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="951"/>
        <location filename="../core/import/importers/KlogImporter.cpp" line="408"/>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="348"/>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="536"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1390"/>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="777"/>
        <location filename="../core/import/importers/NodeFiles.cpp" line="144"/>
        <location filename="../core/import/importers/NodeLogText.cpp" line="115"/>
        <location filename="../core/import/importers/OscalImporter.cpp" line="408"/>
        <location filename="../core/import/importers/SarifImporter.cpp" line="723"/>
        <location filename="../core/import/importers/ScanJson.cpp" line="130"/>
        <location filename="../core/import/importers/ScanJson.cpp" line="303"/>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1174"/>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="448"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="676"/>
        <location filename="../core/import/importers/AccountsImporter.cpp" line="708"/>
        <source>%1: the input holds no account</source>
        <translation>%1: Die Eingabe enthält kein Konto</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="307"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="319"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="322"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="369"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="382"/>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1011"/>
        <source>out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="376"/>
        <source>the document is larger than %1 MiB; split it into JSON lines first (for example: jq -c &apos;.items[]&apos;)</source>
        <translation>Das Dokument ist größer als %1 MiB; teilen Sie es zuerst in JSON-Zeilen auf (zum Beispiel: jq -c &apos;.items[]&apos;)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="546"/>
        <source>Kubernetes audit log</source>
        <translation>Kubernetes-Audit-Log</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="602"/>
        <source>not a Kubernetes audit log (%1)</source>
        <translation>Kein Kubernetes-Audit-Log (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="260"/>
        <source>Malformed JSON record; skipped</source>
        <translation>Fehlerhafter JSON-Datensatz; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="262"/>
        <source>Record is not a Kubernetes audit event; skipped</source>
        <translation>Datensatz ist kein Kubernetes-Audit-Ereignis; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="264"/>
        <source>Audit event without a timestamp; skipped</source>
        <translation>Audit-Ereignis ohne Zeitstempel; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="266"/>
        <source>Unreadable timestamp</source>
        <translation>Unlesbarer Zeitstempel</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="268"/>
        <source>Line longer than 64 MiB; skipped up to the next line</source>
        <translation>Zeile länger als 64 MiB; bis zur nächsten Zeile übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="270"/>
        <source>Binary data instead of a JSON record; skipped</source>
        <translation>Binärdaten statt eines JSON-Datensatzes; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="272"/>
        <source>The last record is cut off (truncated input); skipped</source>
        <translation>Der letzte Datensatz ist abgeschnitten (unvollständige Eingabe); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="274"/>
        <source>A field has an unexpected type and was ignored</source>
        <translation>Ein Feld hat einen unerwarteten Typ und wurde ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="276"/>
        <source>Invalid UTF-8 in a record; the bad bytes were read as &apos;?&apos;</source>
        <translation>Ungültiges UTF-8 in einem Datensatz; die fehlerhaften Bytes wurden als &apos;?&apos; gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="278"/>
        <source>Malformed YAML document; skipped</source>
        <translation>Fehlerhaftes YAML-Dokument; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="280"/>
        <source>The input is empty</source>
        <translation>Die Eingabe ist leer</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="282"/>
        <source>The input could not be read to its end; what was read is kept</source>
        <translation>Die Eingabe konnte nicht bis zum Ende gelesen werden; das Gelesene bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="284"/>
        <source>The document is too large to load at once</source>
        <translation>Das Dokument ist zu groß, um es auf einmal zu laden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditdImporter.cpp" line="772"/>
        <source>Linux audit log (auditd)</source>
        <translation>Linux-Audit-Log (auditd)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditdImporter.cpp" line="806"/>
        <source>not an audit record (type=… msg=audit(…): …); skipped</source>
        <translation>Kein Audit-Datensatz (type=… msg=audit(…): …); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditdImporter.cpp" line="808"/>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="221"/>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="408"/>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="444"/>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="431"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditdImporter.cpp" line="813"/>
        <source>audit time %1 is out of range; skipped</source>
        <translation>Audit-Zeit %1 liegt außerhalb des gültigen Bereichs; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="254"/>
        <source>The date or time at the start of the line does not exist, and no line before it has a time; skipped</source>
        <translation>Datum oder Uhrzeit am Zeilenanfang gibt es nicht, und keine Zeile davor hat eine Zeit; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="258"/>
        <source>The date or time at the start of the line does not exist; the time of the line before was used</source>
        <translation>Datum oder Uhrzeit am Zeilenanfang gibt es nicht; die Zeit der Zeile davor wurde verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="277"/>
        <source>No time at the start of the line, and no line before it has one; skipped</source>
        <translation>Keine Zeit am Zeilenanfang, und keine Zeile davor hat eine; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="321"/>
        <source>The time names the zone %1, which is not %2&apos;s at that time; it was read in %2 (import again with the log&apos;s zone: --tz, or Time zone in the import dialog)</source>
        <translation>Die Zeit nennt die Zone %1, die zu dieser Zeit nicht die von %2 ist; sie wurde in %2 gelesen (erneut mit der Zone des Logs importieren: --tz oder Zeitzone im Importdialog)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="334"/>
        <source>Times without a zone were read in %1</source>
        <translation>Zeiten ohne Zone wurden in %1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="497"/>
        <source>A record without a time, and no line before it has one; skipped</source>
        <translation>Ein Datensatz ohne Zeit, und keine Zeile davor hat eine; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="754"/>
        <source>Program log (timestamped lines, JSON or logfmt)</source>
        <translation>Programmprotokoll (Zeilen mit Zeitstempel, JSON oder logfmt)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="807"/>
        <location filename="../core/import/importers/AuditdImporter.cpp" line="824"/>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="479"/>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="499"/>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="749"/>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="719"/>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="549"/>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1197"/>
        <source>%1: the input is empty</source>
        <translation>%1: Die Eingabe ist leer</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AppLogImporter.cpp" line="811"/>
        <source>no line starts with a time</source>
        <translation>keine Zeile beginnt mit einer Zeit</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditdImporter.cpp" line="828"/>
        <source>not a Linux audit log (%1)</source>
        <translation>Kein Linux-Audit-Log (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="1201"/>
        <source>embedded event: %1</source>
        <translation>Eingebettetes Ereignis: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="1653"/>
        <source>nesting too deep</source>
        <translation>Verschachtelung zu tief</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="1659"/>
        <source>document too deep or too large</source>
        <translation>Dokument zu tief verschachtelt oder zu groß</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="310"/>
        <source>%1: %2 should be %3; ignored</source>
        <translation>%1: %2 sollte %3 sein; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="320"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="526"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="536"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="672"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="686"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1017"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="333"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="380"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="386"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="587"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="804"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="442"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1017"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1020"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1306"/>
        <source>kubeconfig</source>
        <translation>kubeconfig</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="442"/>
        <source>a list of entries</source>
        <translation>eine Liste von Einträgen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="451"/>
        <source>%1: more than %2 entries; the rest was not read</source>
        <translation>%1: mehr als %2 Einträge; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="457"/>
        <source>%1: entry %2 is not a mapping; ignored</source>
        <translation>%1: Eintrag %2 ist kein Mapping; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="470"/>
        <source>%1: entry %2 has no name; kubectl cannot use it</source>
        <translation>%1: Eintrag %2 hat keinen Namen; kubectl kann ihn nicht verwenden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="478"/>
        <source>%1: the name &apos;%2&apos; is used more than once; kubectl refuses such a file, the first entry is used here</source>
        <translation>%1: Der Name &apos;%2&apos; wird mehrfach verwendet; kubectl lehnt eine solche Datei ab, hier wird der erste Eintrag verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="489"/>
        <source>%1: entry &apos;%2&apos; has no %3 settings</source>
        <translation>%1: Eintrag &apos;%2&apos; hat keine %3-Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="493"/>
        <source>%1: the %2 settings of &apos;%3&apos; are not a mapping; ignored</source>
        <translation>%1: Die %2-Einstellungen von &apos;%3&apos; sind kein Mapping; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="517"/>
        <source>Cluster %1 is reached over plain HTTP</source>
        <translation>Cluster %1 wird über unverschlüsseltes HTTP erreicht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="518"/>
        <source>Cluster %1 has server %2. Requests to it, including the bearer tokens, passwords or client credentials of every user of this kubeconfig and any Secret read through the API, travel unencrypted, and the client cannot tell the real API server from an impostor. SOC 2 CC6.7 expects data and credentials in transit to be protected: serve the API over https with a certificate the kubeconfig verifies.</source>
        <translation>Cluster %1 hat den Server %2. Anfragen dorthin, einschließlich der Bearer-Tokens, Passwörter oder Client-Zugangsdaten jedes Benutzers dieser kubeconfig und jedes über die API gelesenen Secrets, werden unverschlüsselt übertragen, und der Client kann den echten API-Server nicht von einem Betrüger unterscheiden. SOC 2 CC6.7 verlangt, dass Daten und Zugangsdaten bei der Übertragung geschützt sind: Stellen Sie die API über https mit einem Zertifikat bereit, das die kubeconfig prüft.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="547"/>
        <source>TLS verification is disabled for cluster %1</source>
        <translation>TLS-Prüfung für Cluster %1 ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="548"/>
        <source>Cluster %1 (server %2) sets insecure-skip-tls-verify: true, so clients using this kubeconfig accept any certificate the server presents. Anyone on the network path can pose as the API server, capture the credentials sent to it and read or alter what the cluster returns. SOC 2 CC6.7 expects transmissions to be protected: remove the flag and set certificate-authority or certificate-authority-data instead.</source>
        <translation>Cluster %1 (Server %2) setzt insecure-skip-tls-verify: true, daher akzeptieren Clients mit dieser kubeconfig jedes Zertifikat, das der Server vorlegt. Jeder auf dem Netzwerkpfad kann sich als API-Server ausgeben, die an ihn gesendeten Zugangsdaten abgreifen und lesen oder verändern, was der Cluster zurückgibt. SOC 2 CC6.7 verlangt geschützte Übertragungen: Entfernen Sie das Flag und setzen Sie stattdessen certificate-authority oder certificate-authority-data.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="553"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="561"/>
        <source>Proxy password stored in the kubeconfig for cluster %1</source>
        <translation>Proxy-Passwort für Cluster %1 in der kubeconfig gespeichert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="562"/>
        <source>Cluster %1 is reached through the proxy %2 with a password written into the proxy URL (%3). Whoever copies the file can use that proxy account. SOC 2 CC6.1 and CC6.7 call for credentials kept in a protected store, not in configuration files.</source>
        <translation>Cluster %1 wird über den Proxy %2 erreicht, mit einem in die Proxy-URL geschriebenen Passwort (%3). Wer die Datei kopiert, kann dieses Proxy-Konto nutzen. SOC 2 CC6.1 und CC6.7 verlangen, Zugangsdaten in einem geschützten Speicher aufzubewahren, nicht in Konfigurationsdateien.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="622"/>
        <source>%1: an exec env entry is not a mapping; ignored</source>
        <translation>%1: Ein exec-env-Eintrag ist kein Mapping; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="698"/>
        <source>Static bearer token stored in the kubeconfig for user %1</source>
        <translation>Statisches Bearer-Token für Benutzer %1 in der kubeconfig gespeichert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="699"/>
        <source>User %1 carries a bearer token (%2) in the file itself. Whoever gets a copy of this kubeconfig (backups, laptops, CI logs) acts as that identity until the token is revoked; such tokens usually do not expire and are not tied to a person. SOC 2 CC6.1 (access limited to authorized, identifiable users) and CC6.7 (credentials protected) call for short-lived credentials obtained at login, e.g. an exec credential plugin or OIDC.</source>
        <translation>Benutzer %1 trägt ein Bearer-Token (%2) in der Datei selbst. Wer eine Kopie dieser kubeconfig erhält (Backups, Laptops, CI-Logs), handelt als diese Identität, bis das Token widerrufen wird; solche Tokens laufen meist nicht ab und sind keiner Person zugeordnet. SOC 2 CC6.1 (Zugriff auf autorisierte, identifizierbare Benutzer beschränkt) und CC6.7 (geschützte Zugangsdaten) verlangen kurzlebige, bei der Anmeldung bezogene Zugangsdaten, z. B. ein exec-Credential-Plugin oder OIDC.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="709"/>
        <source>User %1 reads its bearer token from a file</source>
        <translation>Benutzer %1 liest sein Bearer-Token aus einer Datei</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="710"/>
        <source>User %1 reads its bearer token from %2 at run time. That file is not part of this case: for SOC 2 CC6.7, check who can read it and how the token in it is rotated.</source>
        <translation>Benutzer %1 liest sein Bearer-Token zur Laufzeit aus %2. Diese Datei ist nicht Teil dieses Falls: Prüfen Sie für SOC 2 CC6.7, wer sie lesen kann und wie das Token darin rotiert wird.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="721"/>
        <source>Private key embedded in the kubeconfig for user %1</source>
        <translation>Privater Schlüssel für Benutzer %1 in der kubeconfig eingebettet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="722"/>
        <source>User %1 embeds its client certificate&apos;s private key (client-key-data, %2) in the file. Kubernetes cannot revoke client certificates, so a copied file grants this identity, and the groups in its certificate, until the certificate expires. SOC 2 CC6.1 and CC6.7 expect credentials to be protected and revocable: keep keys in a protected store or use short-lived credentials.</source>
        <translation>Benutzer %1 bettet den privaten Schlüssel seines Client-Zertifikats (client-key-data, %2) in die Datei ein. Kubernetes kann Client-Zertifikate nicht widerrufen, daher gewährt eine kopierte Datei diese Identität und die Gruppen in ihrem Zertifikat, bis das Zertifikat abläuft. SOC 2 CC6.1 und CC6.7 erwarten geschützte und widerrufbare Zugangsdaten: Bewahren Sie Schlüssel in einem geschützten Speicher auf oder verwenden Sie kurzlebige Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="737"/>
        <source>Username and password stored in the kubeconfig for user %1</source>
        <translation>Benutzername und Passwort für Benutzer %1 in der kubeconfig gespeichert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="738"/>
        <source>User %1 authenticates with username %2 and a password (%3) kept in the file. Basic authentication was removed from the Kubernetes API server in 1.19; where it still works (proxies, old clusters) the password is a long-lived shared secret in a plain file, without second factor or expiry. SOC 2 CC6.1 and CC6.7 call for individual, protected credentials.</source>
        <translation>Benutzer %1 authentifiziert sich mit dem Benutzernamen %2 und einem in der Datei hinterlegten Passwort (%3). Basic-Authentifizierung wurde in 1.19 aus dem Kubernetes-API-Server entfernt; wo sie noch funktioniert (Proxys, alte Cluster), ist das Passwort ein langlebiges gemeinsames Geheimnis in einer unverschlüsselten Datei, ohne zweiten Faktor und ohne Ablauf. SOC 2 CC6.1 und CC6.7 verlangen individuelle, geschützte Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="742"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="750"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="766"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="787"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="888"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1020"/>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="773"/>
        <source>User %1 uses the legacy auth-provider %2</source>
        <translation>Benutzer %1 verwendet den veralteten auth-provider %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="774"/>
        <source>User %1 authenticates through the auth-provider &apos;%2&apos;. auth-provider plugins are deprecated in favour of exec credential plugins, and the gcp and azure providers were removed from kubectl and client-go in Kubernetes 1.26. Providers such as oidc cache their tokens in the kubeconfig itself (here: %3). SOC 2 CC6.1 and CC6.7: move to a supported exec plugin so that credentials are short-lived and not stored in the file.</source>
        <translation>Benutzer %1 authentifiziert sich über den auth-provider &apos;%2&apos;. auth-provider-Plugins sind zugunsten von exec-Credential-Plugins veraltet, und die Provider gcp und azure wurden in Kubernetes 1.26 aus kubectl und client-go entfernt. Provider wie oidc speichern ihre Tokens in der kubeconfig selbst zwischen (hier: %3). SOC 2 CC6.1 und CC6.7: Wechseln Sie zu einem unterstützten exec-Plugin, damit Zugangsdaten kurzlebig sind und nicht in der Datei gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="780"/>
        <source>no cached credentials</source>
        <translation>keine zwischengespeicherten Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="817"/>
        <source>a list of name/value pairs</source>
        <translation>eine Liste von Name/Wert-Paaren</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="836"/>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="840"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="844"/>
        <source>User %1 gets credentials from the exec plugin %2</source>
        <translation>Benutzer %1 bezieht Zugangsdaten vom exec-Plugin %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="845"/>
        <source>User %1 obtains its credentials by running &apos;%2&apos; with arguments [%3] and environment variables [%4]. That program decides which identity is used. For SOC 2 CC6.1, review that it is an approved tool from a trusted location and that the credentials it issues are short-lived.</source>
        <translation>Benutzer %1 bezieht seine Zugangsdaten, indem er &apos;%2&apos; mit den Argumenten [%3] und den Umgebungsvariablen [%4] ausführt. Dieses Programm entscheidet, welche Identität verwendet wird. Prüfen Sie für SOC 2 CC6.1, dass es ein freigegebenes Tool aus einer vertrauenswürdigen Quelle ist und die ausgestellten Zugangsdaten kurzlebig sind.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="853"/>
        <source>Credentials stored in the exec plugin settings of user %1</source>
        <translation>Zugangsdaten in den exec-Plugin-Einstellungen von Benutzer %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="854"/>
        <source>User %1 runs &apos;%2&apos; and the kubeconfig itself passes it a credential: %3. Whoever copies the file gets that long-lived secret, whatever the plugin does with it. SOC 2 CC6.1 and CC6.7 call for credentials kept in a protected store (a credential helper, the OS keychain, an SSO login) rather than in the file.</source>
        <translation>Benutzer %1 führt &apos;%2&apos; aus, und die kubeconfig selbst übergibt ihm Zugangsdaten: %3. Wer die Datei kopiert, erhält dieses langlebige Geheimnis, was auch immer das Plugin damit tut. SOC 2 CC6.1 und CC6.7 verlangen, Zugangsdaten in einem geschützten Speicher (Credential-Helper, Schlüsselbund des Betriebssystems, SSO-Anmeldung) statt in der Datei aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="900"/>
        <source>User %1 impersonates another identity</source>
        <translation>Benutzer %1 gibt sich als andere Identität aus</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="901"/>
        <source>User %1 sends every request as %2 (groups: %3). The cluster executes them with the impersonated identity&apos;s rights, which requires the impersonate verb for the real identity; the audit log names both, but access reviews of the real user easily miss this privilege. SOC 2 CC6.1 expects privileges like this to be limited, justified and reviewed.</source>
        <translation>Benutzer %1 sendet jede Anfrage als %2 (Gruppen: %3). Der Cluster führt sie mit den Rechten der angenommenen Identität aus, was das Verb impersonate für die echte Identität voraussetzt; das Audit-Log nennt beide, doch Zugriffsprüfungen des echten Benutzers übersehen dieses Recht leicht. SOC 2 CC6.1 erwartet, dass solche Rechte beschränkt, begründet und geprüft sind.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="905"/>
        <source>(same user)</source>
        <translation>(derselbe Benutzer)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="906"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="967"/>
        <source>the key &apos;%1&apos; appears twice in one mapping; kubectl rejects this, the first one is used here</source>
        <translation>Der Schlüssel &apos;%1&apos; kommt in einem Mapping zweimal vor; kubectl lehnt das ab, hier wird der erste verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1033"/>
        <source>Context %1 refers to the missing cluster %2</source>
        <translation>Kontext %1 verweist auf den fehlenden Cluster %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1034"/>
        <source>Context %1 names cluster %2, which this kubeconfig does not define. kubectl fails for this context, or silently takes the cluster from another kubeconfig merged at run time, so which API server it reaches cannot be told from this evidence (SOC 2 CC6.1). Remove the stale context or add the cluster.</source>
        <translation>Kontext %1 nennt Cluster %2, den diese kubeconfig nicht definiert. kubectl schlägt für diesen Kontext fehl oder übernimmt den Cluster stillschweigend aus einer zur Laufzeit zusammengeführten anderen kubeconfig; welchen API-Server er erreicht, lässt sich aus diesem Nachweis daher nicht ablesen (SOC 2 CC6.1). Entfernen Sie den veralteten Kontext oder ergänzen Sie den Cluster.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1047"/>
        <source>Context %1 refers to the missing user %2</source>
        <translation>Kontext %1 verweist auf den fehlenden Benutzer %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1048"/>
        <source>Context %1 names user %2, which this kubeconfig does not define. kubectl then sends requests without credentials, or takes the user from another kubeconfig merged at run time, so the identity behind this context cannot be told from this evidence (SOC 2 CC6.1). Remove the stale context or add the user.</source>
        <translation>Kontext %1 nennt Benutzer %2, den diese kubeconfig nicht definiert. kubectl sendet Anfragen dann ohne Zugangsdaten oder übernimmt den Benutzer aus einer zur Laufzeit zusammengeführten anderen kubeconfig; die Identität hinter diesem Kontext lässt sich aus diesem Nachweis daher nicht ablesen (SOC 2 CC6.1). Entfernen Sie den veralteten Kontext oder ergänzen Sie den Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1058"/>
        <source>current-context %1 does not exist</source>
        <translation>current-context %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1059"/>
        <source>current-context is %1, but no context of that name is defined. kubectl refuses to run without an explicit --context, or uses a context from another merged kubeconfig, so the default identity and cluster of this file cannot be determined (SOC 2 CC6.1).</source>
        <translation>current-context ist %1, aber kein Kontext dieses Namens ist definiert. kubectl verweigert die Ausführung ohne explizites --context oder verwendet einen Kontext aus einer anderen zusammengeführten kubeconfig; Standardidentität und -cluster dieser Datei lassen sich daher nicht bestimmen (SOC 2 CC6.1).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1187"/>
        <source>invalid YAML</source>
        <translation>Ungültiges YAML</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1386"/>
        <source>larger than %1 MiB; kubeconfigs are small, so this is not read as one</source>
        <translation>Größer als %1 MiB; kubeconfigs sind klein, daher wird dies nicht als eine gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1398"/>
        <source>binary data, not a kubeconfig</source>
        <translation>Binärdaten, keine kubeconfig</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1403"/>
        <source>the file is UTF-16; the copy kept in the case is UTF-8</source>
        <translation>Die Datei ist UTF-16; die im Fall gespeicherte Kopie ist UTF-8</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1418"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1437"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1421"/>
        <source>the file holds no YAML document, only comments</source>
        <translation>Die Datei enthält kein YAML-Dokument, nur Kommentare</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1427"/>
        <source>not a kubeconfig: the document is not a mapping</source>
        <translation>Keine kubeconfig: Das Dokument ist kein Mapping</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1431"/>
        <source>not a kubeconfig: kind is %1, not Config</source>
        <translation>Keine kubeconfig: kind ist %1, nicht Config</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1432"/>
        <source>not a kubeconfig: no clusters, contexts or users</source>
        <translation>Keine kubeconfig: keine clusters, contexts oder users</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1442"/>
        <source>YAML syntax error: %1; only the part before it was read</source>
        <translation>YAML-Syntaxfehler: %1; nur der Teil davor wurde gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1448"/>
        <source>the file holds %1 YAML documents; only the first kubeconfig was read</source>
        <translation>Die Datei enthält %1 YAML-Dokumente; nur die erste kubeconfig wurde gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1466"/>
        <source>the kubeconfig defines no clusters, users or contexts</source>
        <translation>Die kubeconfig definiert keine Cluster, Benutzer oder Kontexte</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1470"/>
        <source>YAML error: %1</source>
        <translation>YAML-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1474"/>
        <source>cannot read the kubeconfig: %1</source>
        <translation>Die kubeconfig kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="101"/>
        <source>expansion stopped: more than %1 bytes decoded (limit --max-expanded-bytes)</source>
        <translation>Entpacken gestoppt: mehr als %1 Bytes dekodiert (Grenze --max-expanded-bytes)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="106"/>
        <source>expansion stopped: %1 bytes decoded from %2 bytes, over the %3:1 ratio a genuine archive stays under</source>
        <translation>Entpacken gestoppt: %1 Bytes aus %2 Bytes dekodiert, über dem Verhältnis %3:1, unter dem ein echtes Archiv bleibt</translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="173"/>
        <location filename="../core/import/ImportSource.cpp" line="180"/>
        <source>cannot decode %1 data: %2</source>
        <translation>%1-Daten können nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="241"/>
        <source>cannot seek to byte %1: %2</source>
        <translation>Positionieren auf Byte %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="272"/>
        <source>archive member unreadable at byte %1: %2</source>
        <translation>Archivmitglied ab Byte %1 unlesbar: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="452"/>
        <source>corrupt %1 data at decoded byte %2: %3</source>
        <translation>Beschädigte %1-Daten bei dekodiertem Byte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="104"/>
        <location filename="../core/import/ImportSource.cpp" line="246"/>
        <location filename="../core/import/ImportSource.cpp" line="299"/>
        <location filename="../core/import/ImportSource.cpp" line="474"/>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <location filename="../core/case/SearchIndex.cpp" line="665"/>
        <source>full-text search: %1</source>
        <translation>Volltextsuche: %1</translation>
    </message>
    <message>
        <location filename="../core/query/EventQuery.cpp" line="359"/>
        <source>no event with id %1</source>
        <translation>Kein Ereignis mit der ID %1</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="154"/>
        <source>unterminated quote in filter</source>
        <translation>Nicht geschlossenes Anführungszeichen im Filter</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="205"/>
        <source>&apos;%1&apos; is not an ISO 8601 time</source>
        <translation>&apos;%1&apos; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="223"/>
        <source>&apos;%1&apos; is not a severity (info, low, medium, high, critical)</source>
        <translation>&apos;%1&apos; ist kein Schweregrad (info, low, medium, high, critical)</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="384"/>
        <source>unknown filter field &apos;%1&apos;</source>
        <translation>Unbekanntes Filterfeld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="435"/>
        <source>&apos;%1&apos; is numeric; use = != &lt; &lt;= &gt; &gt;=</source>
        <translation>&apos;%1&apos; ist numerisch; verwenden Sie = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="446"/>
        <source>&apos;%1&apos; takes = or != and one of: %2</source>
        <translation>&apos;%1&apos; nimmt = oder != und einen dieser Werte: %2</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="450"/>
        <source>&apos;%1&apos; is not a time quality (%2)</source>
        <translation>&apos;%1&apos; ist keine Zeitqualität (%2)</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="457"/>
        <source>&apos;%1&apos; needs a number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; braucht eine Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="479"/>
        <source>a list of values needs = or !=</source>
        <translation>Eine Werteliste braucht = oder !=</translation>
    </message>
    <message>
        <location filename="../core/case/ArtifactRemover.cpp" line="94"/>
        <source>no artifact #%1 in the case</source>
        <translation>Kein Artefakt #%1 im Fall</translation>
    </message>
    <message>
        <location filename="../core/case/ArtifactRemover.cpp" line="204"/>
        <location filename="../core/case/CaseFile.cpp" line="300"/>
        <location filename="../core/import/ImportJob.cpp" line="1470"/>
        <source>the case is open read-only</source>
        <translation>Der Fall ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../core/case/ArtifactRemover.cpp" line="220"/>
        <source>cannot start the removal (is an import running?): %1</source>
        <translation>Das Entfernen kann nicht beginnen (läuft ein Import?): %1</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="25"/>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="27"/>
        <source>the file is empty, not an Auditbench case file</source>
        <translation>Die Datei ist leer, keine Auditbench-Falldatei</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="30"/>
        <source>not an Auditbench case file (no SQLite header)</source>
        <translation>Keine Auditbench-Falldatei (kein SQLite-Header)</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="60"/>
        <source>no such case file</source>
        <translation>Falldatei existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="67"/>
        <source>the file already exists</source>
        <translation>Die Datei existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="107"/>
        <source>not a readable case file: %1</source>
        <translation>Keine lesbare Falldatei: %1</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="117"/>
        <source>the file is corrupt: %1</source>
        <translation>Die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="119"/>
        <source>a SQLite database, but not an Auditbench case file</source>
        <translation>Eine SQLite-Datenbank, aber keine Auditbench-Falldatei</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="124"/>
        <source>case file created by newer Auditbench (schema %1, this version reads up to %2); it was not changed</source>
        <translation>Falldatei wurde von einer neueren Auditbench-Version erstellt (Schema %1, diese Version liest bis %2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="142"/>
        <source>the case was written by an older version of Auditbench; it is upgraded when opened, which needs write access to it and its folder</source>
        <translation>der Fall wurde von einer älteren Version von Auditbench geschrieben; er wird beim Öffnen aktualisiert, was Schreibzugriff auf ihn und seinen Ordner braucht</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="164"/>
        <source>Keeping a copy of the case as it was in %1</source>
        <translation>Eine Kopie des Falls, wie er war, wird in %1 angelegt</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="191"/>
        <source>cannot write backup before upgrade: %1</source>
        <translation>Sicherung vor der Aktualisierung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="201"/>
        <source>cannot start upgrade: %1</source>
        <translation>Aktualisierung kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="202"/>
        <source>Upgrading to schema %1: %2</source>
        <translation>Aktualisierung auf Schema %1: %2</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="214"/>
        <source>upgrade step %1 (%2) failed: %3</source>
        <translation>Aktualisierungsschritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="322"/>
        <source>cannot compact the case (is it open elsewhere, or the disk full?): %1</source>
        <translation>Der Fall kann nicht komprimiert werden (ist er anderswo geöffnet oder die Festplatte voll?): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ImportJob.cpp" line="179"/>
        <source>%n secret(s) were found after their part of the stored copy had been compressed (a record longer than the %1 MiB held back); those chunks were compressed again with the secrets masked</source>
        <translation>
            <numerusform>%n Geheimnis wurde gefunden, nachdem sein Teil der gespeicherten Kopie bereits komprimiert war (ein Datensatz länger als die zurückgehaltenen %1 MiB); diese Blöcke wurden mit maskiertem Geheimnis erneut komprimiert</numerusform>
            <numerusform>%n Geheimnisse wurden gefunden, nachdem ihr Teil der gespeicherten Kopie bereits komprimiert war (ein Datensatz länger als die zurückgehaltenen %1 MiB); diese Blöcke wurden mit maskierten Geheimnissen erneut komprimiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="437"/>
        <location filename="../core/import/ImportJob.cpp" line="786"/>
        <source>already in the case as artifact %1 (same sha256); skipped</source>
        <translation>Bereits als Artefakt %1 im Fall (gleiches sha256); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="473"/>
        <source>; artifact %1 with the same bytes kept as it was</source>
        <translation>; Artefakt %1 mit denselben Bytes unverändert behalten</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="561"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>Unbekannte Art &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="575"/>
        <source>empty members skipped</source>
        <translation>Leere Mitglieder übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="578"/>
        <source>binary members skipped</source>
        <translation>Binäre Mitglieder übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="581"/>
        <source>read for the host name of their sosreport</source>
        <translation>Für den Hostnamen ihres sosreports gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="590"/>
        <source>members skipped, no importer recognizes them</source>
        <translation>Mitglieder übersprungen, kein Importer erkennt sie</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="596"/>
        <source>empty file; nothing to import</source>
        <translation>Leere Datei; nichts zu importieren</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="598"/>
        <source>the copy the account tools keep from before their last change, not the node&apos;s accounts (use --kind node-accounts to read it as accounts, or --kind node-accounts-backup to compare it with the node&apos;s files in the case)</source>
        <translation>die Kopie, die die Kontenwerkzeuge vor ihrer letzten Änderung aufbewahren, nicht die Konten des Knotens (mit --kind node-accounts wird sie als Konten gelesen, mit --kind node-accounts-backup mit den Dateien des Knotens im Fall verglichen)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1407"/>
        <source>Docker&apos;s record of a container: read for the names of its logs, not kept</source>
        <translation>Dockers Eintrag zu einem Container: für die Namen seiner Logs gelesen, nicht behalten</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="602"/>
        <source>not recognized by content; the name suggests &apos;%1&apos; (use --kind %1 to force it)</source>
        <translation>Am Inhalt nicht erkannt; der Name deutet auf &apos;%1&apos; hin (mit --kind %1 erzwingen)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="584"/>
        <source>not read: the copies of passwd, group, shadow and gshadow that the account tools keep from before their last change (the node&apos;s accounts are the files themselves; --kind node-accounts reads such a copy)</source>
        <translation>nicht gelesen: die Kopien von passwd, group, shadow und gshadow, die die Kontenwerkzeuge vor ihrer letzten Änderung aufbewahren (die Konten des Knotens sind die Dateien selbst; --kind node-accounts liest eine solche Kopie)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="605"/>
        <source>not a format Auditbench reads</source>
        <translation>Kein Format, das Auditbench liest</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="680"/>
        <source>the rest of this member was not read: %1</source>
        <translation>Der Rest dieses Mitglieds wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="691"/>
        <source>the importer kept no redacted copy of this file, and the file itself may hold secrets; nothing was stored</source>
        <translation>Der Importer hat keine bereinigte Kopie dieser Datei behalten, und die Datei selbst kann Geheimnisse enthalten; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="712"/>
        <location filename="../core/import/ImportJob.cpp" line="1039"/>
        <location filename="../core/import/ImportJob.cpp" line="1604"/>
        <location filename="../core/import/ImportJob.cpp" line="1673"/>
        <source>import cancelled; the case was not changed</source>
        <translation>Import abgebrochen; der Fall wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="727"/>
        <source>the stored copy of this file has its secrets replaced by fingerprints; sha256 is the one of the file as given, content sha256 the one of the stored copy</source>
        <translation>In der gespeicherten Kopie dieser Datei sind die Geheimnisse durch Fingerabdrücke ersetzt; sha256 ist der der Datei beim Eingang, content sha256 der der gespeicherten Kopie</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ImportJob.cpp" line="733"/>
        <source>the secrets found in this file are masked in its stored copy (%n range(s)), in place and at the same length, showing their fingerprints, so every record keeps its byte offsets; sha256 is the one of the file as given, content sha256 the one of the stored copy</source>
        <translation>
            <numerusform>Die in dieser Datei gefundenen Geheimnisse sind in ihrer gespeicherten Kopie maskiert (%n Bereich), an Ort und Stelle und in gleicher Länge, mit ihren Fingerabdrücken, sodass jeder Datensatz seine Byte-Offsets behält; sha256 ist der der Datei beim Eingang, content sha256 der der gespeicherten Kopie</numerusform>
            <numerusform>Die in dieser Datei gefundenen Geheimnisse sind in ihrer gespeicherten Kopie maskiert (%n Bereiche), an Ort und Stelle und in gleicher Länge, mit ihren Fingerabdrücken, sodass jeder Datensatz seine Byte-Offsets behält; sha256 ist der der Datei beim Eingang, content sha256 der der gespeicherten Kopie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="995"/>
        <source>read for the names of their Docker containers, not kept</source>
        <translation>für die Namen ihrer Docker-Container gelesen, nicht behalten</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1009"/>
        <source>archives nested more than %1 deep, not opened (limit --max-archive-depth)</source>
        <translation>Mehr als %1 Ebenen tief verschachtelte Archive, nicht geöffnet (Grenze --max-archive-depth)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1078"/>
        <source>%1: decoding stopped inside this archive, so it has no sha256</source>
        <translation>%1: Das Dekodieren stoppte innerhalb dieses Archivs, daher hat es kein sha256</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1085"/>
        <source>%1: the archive could not be read to its end, so it has no sha256: %2</source>
        <translation>%1: Das Archiv konnte nicht bis zum Ende gelesen werden, daher hat es kein sha256: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1097"/>
        <source>%1 members imported, %2 skipped</source>
        <translation>%1 Mitglieder importiert, %2 übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1250"/>
        <source>in this import</source>
        <translation>aus diesem Import</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1250"/>
        <source>already in the case</source>
        <translation>bereits im Fall</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ImportJob.cpp" line="1279"/>
        <source>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines of node %3 with a full date %4 run from %5 to %6, %n year(s) apart: if the file&apos;s time was not kept, read it again with its lines ending in %7 (Re-import with Year, or import --replace --year %7)</source>
        <translation>
            <numerusform>Zeilen ohne Jahr wurden nach der Zeit der Datei datiert, vom %1 bis %2, aber die Zeilen von Knoten %3 mit vollem Datum %4 laufen vom %5 bis %6, %n Jahr auseinander: wurde die Zeit der Datei nicht erhalten, lesen Sie sie erneut mit Zeilen, die %7 enden (Mit Jahr neu importieren, oder import --replace --year %7)</numerusform>
            <numerusform>Zeilen ohne Jahr wurden nach der Zeit der Datei datiert, vom %1 bis %2, aber die Zeilen von Knoten %3 mit vollem Datum %4 laufen vom %5 bis %6, %n Jahre auseinander: wurde die Zeit der Datei nicht erhalten, lesen Sie sie erneut mit Zeilen, die %7 enden (Mit Jahr neu importieren, oder import --replace --year %7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/import/ImportJob.cpp" line="1286"/>
        <source>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines with a full date %3 run from %4 to %5, %n year(s) apart: if the file&apos;s time was not kept, read it again with its lines ending in %6 (Re-import with Year, or import --replace --year %6)</source>
        <translation>
            <numerusform>Zeilen ohne Jahr wurden nach der Zeit der Datei datiert, vom %1 bis %2, aber die Zeilen mit vollem Datum %3 laufen vom %4 bis %5, %n Jahr auseinander: wurde die Zeit der Datei nicht erhalten, lesen Sie sie erneut mit Zeilen, die %6 enden (Mit Jahr neu importieren, oder import --replace --year %6)</numerusform>
            <numerusform>Zeilen ohne Jahr wurden nach der Zeit der Datei datiert, vom %1 bis %2, aber die Zeilen mit vollem Datum %3 laufen vom %4 bis %5, %n Jahre auseinander: wurde die Zeit der Datei nicht erhalten, lesen Sie sie erneut mit Zeilen, die %6 enden (Mit Jahr neu importieren, oder import --replace --year %6)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1348"/>
        <source>nothing was imported to replace artifact %1, so it was kept and the case was not changed: %2</source>
        <translation>Nichts wurde importiert, um Artefakt %1 zu ersetzen; es wurde daher behalten und der Fall nicht verändert: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1375"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1386"/>
        <source>a link to %1, not followed: links in a folder may point anywhere</source>
        <translation>ein Link auf %1, nicht verfolgt: Links in einem Ordner können überallhin zeigen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="1510"/>
        <source>cannot start the import (is another import running?): %1</source>
        <translation>Der Import kann nicht beginnen (läuft ein anderer Import?): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="296"/>
        <source>components nested deeper than %1 levels</source>
        <translation>Komponenten tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="439"/>
        <source>Recommendation: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="442"/>
        <source>Analysis: %1%2</source>
        <translation>Analyse: %1%2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="462"/>
        <location filename="../core/import/importers/GrypeImporter.cpp" line="269"/>
        <source>%1 in %2 %3</source>
        <translation>%1 in %2 %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="471"/>
        <source>CycloneDX SBOM (JSON)</source>
        <translation>CycloneDX-SBOM (JSON)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="494"/>
        <source>not a CycloneDX document: no &quot;bomFormat&quot;: &quot;CycloneDX&quot;</source>
        <translation>Kein CycloneDX-Dokument: kein &quot;bomFormat&quot;: &quot;CycloneDX&quot;</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="499"/>
        <source>specVersion %1 is not one this importer knows (1.2 to 1.7); read as 1.x</source>
        <translation>specVersion %1 ist diesem Importer nicht bekannt (1.2 bis 1.7); als 1.x gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CycloneDxImporter.cpp" line="500"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/EnvoyAccessImporter.cpp" line="251"/>
        <source>Not an Envoy access log record; skipped</source>
        <translation>Kein Envoy-Access-Log-Datensatz; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/EnvoyAccessImporter.cpp" line="261"/>
        <source>Unreadable start time; the time of the line before was used</source>
        <translation>Unlesbare Startzeit; die Zeit der vorherigen Zeile wurde verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/EnvoyAccessImporter.cpp" line="323"/>
        <source>Envoy / Istio access log</source>
        <translation>Envoy-/Istio-Access-Log</translation>
    </message>
    <message>
        <location filename="../core/import/importers/EnvoyAccessImporter.cpp" line="370"/>
        <source>no Envoy access log record found</source>
        <translation>Kein Envoy-Access-Log-Datensatz gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="135"/>
        <source>longer than %1 MiB; skipped</source>
        <translation>Länger als %1 MiB; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="191"/>
        <source>not valid JSON (%1)</source>
        <translation>Kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="196"/>
        <source>a JSON object without Falco&apos;s rule and priority</source>
        <translation>Ein JSON-Objekt ohne Falcos rule und priority</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="335"/>
        <source>neither a JSON alert nor a Falco alert line</source>
        <translation>Weder ein JSON-Alarm noch eine Falco-Alarmzeile</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="342"/>
        <source>no Falco priority after the time</source>
        <translation>Keine Falco-Priorität nach der Zeit</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="442"/>
        <source>the alert has no usable time; the file&apos;s time was used</source>
        <translation>Der Alarm hat keine verwendbare Zeit; die Zeit der Datei wurde verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="575"/>
        <source>unknown host</source>
        <translation>unbekannter Host</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="585"/>
        <source>1 alert on %1 at %2.</source>
        <translation>1 Alarm auf %1 um %2.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="586"/>
        <source>%1 alerts on %2 between %3 and %4.</source>
        <translation>%1 Alarme auf %2 zwischen %3 und %4.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="589"/>
        <source>First: %1</source>
        <translation>Erster: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="591"/>
        <source>Event source: %1</source>
        <translation>Ereignisquelle: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="593"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="636"/>
        <source>Falco alerts</source>
        <translation>Falco-Alarme</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="697"/>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="542"/>
        <source>the input could not be read to its end: %1</source>
        <translation>Die Eingabe konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/FalcoImporter.cpp" line="699"/>
        <source>no Falco alert found</source>
        <translation>Kein Falco-Alarm gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="127"/>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="304"/>
        <source>malformed JSON entry; skipped</source>
        <translation>Fehlerhafter JSON-Eintrag; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="132"/>
        <source>not a LogEntry object; skipped</source>
        <translation>Kein LogEntry-Objekt; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="140"/>
        <source>Cloud Audit Logs entry; import the file as k8s-audit to read it</source>
        <translation>Eintrag aus Cloud Audit Logs; importieren Sie die Datei als k8s-audit, um ihn zu lesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="148"/>
        <source>LogEntry without jsonPayload or textPayload; skipped</source>
        <translation>LogEntry ohne jsonPayload oder textPayload; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="247"/>
        <source>LogEntry without a usable timestamp; it takes the time of the entry before</source>
        <translation>LogEntry ohne verwendbaren Zeitstempel; er erhält die Zeit des vorherigen Eintrags</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="290"/>
        <source>malformed YAML document (%1); skipped</source>
        <translation>Fehlerhaftes YAML-Dokument (%1); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="314"/>
        <source>YAML document larger than 16 MiB; skipped</source>
        <translation>YAML-Dokument größer als 16 MiB; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="378"/>
        <source>the input could not be read to its end (%1)</source>
        <translation>Die Eingabe konnte nicht bis zum Ende gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="385"/>
        <source>the JSON document is larger than %1 MiB; convert it to JSON lines first (for example: jq -c &apos;.[]&apos;)</source>
        <translation>Das JSON-Dokument ist größer als %1 MiB; wandeln Sie es zuerst in JSON-Zeilen um (zum Beispiel: jq -c &apos;.[]&apos;)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="400"/>
        <source>the document is not clean UTF-8; the bad bytes were read as Latin-1</source>
        <translation>Das Dokument ist kein sauberes UTF-8; die fehlerhaften Bytes wurden als Latin-1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="428"/>
        <source>the JSON array is malformed or cut off here; the rest is skipped</source>
        <translation>Das JSON-Array ist hier fehlerhaft oder abgeschnitten; der Rest wird übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="441"/>
        <source>malformed JSON entry; the rest is skipped</source>
        <translation>Fehlerhafter JSON-Eintrag; der Rest wird übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="461"/>
        <source>Google Cloud Logging entries (node and workload logs)</source>
        <translation>Google-Cloud-Logging-Einträge (Node- und Workload-Logs)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GcpLoggingImporter.cpp" line="503"/>
        <source>no Cloud Logging entry found (%1)</source>
        <translation>Kein Cloud-Logging-Eintrag gefunden (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GrypeImporter.cpp" line="271"/>
        <source>Fix state: %1.</source>
        <translation>Behebungsstatus: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GrypeImporter.cpp" line="302"/>
        <source>Grype JSON report</source>
        <translation>Grype-JSON-Bericht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/GrypeImporter.cpp" line="333"/>
        <source>not a Grype report: it has no &quot;matches&quot;</source>
        <translation>Kein Grype-Bericht: Er hat keine &quot;matches&quot;</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="307"/>
        <source>JSON object without journal fields; skipped</source>
        <translation>JSON-Objekt ohne Journal-Felder; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="321"/>
        <source>entry without MESSAGE or __REALTIME_TIMESTAMP; skipped</source>
        <translation>Eintrag ohne MESSAGE oder __REALTIME_TIMESTAMP; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="330"/>
        <source>entry without a usable __REALTIME_TIMESTAMP; it takes the time of the entry before</source>
        <translation>Eintrag ohne verwendbaren __REALTIME_TIMESTAMP; er erhält die Zeit des vorherigen Eintrags</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="453"/>
        <source>entry larger than 16 MiB; skipped</source>
        <translation>Eintrag größer als 16 MiB; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="485"/>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="629"/>
        <source>the last entry is cut off (truncated input); skipped</source>
        <translation>Der letzte Eintrag ist abgeschnitten (unvollständige Eingabe); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="571"/>
        <source>field larger than 16 MiB; entry skipped</source>
        <translation>Feld größer als 16 MiB; Eintrag übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="576"/>
        <source>binary field longer than its size; entry skipped</source>
        <translation>Binärfeld länger als seine Größenangabe; Eintrag übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="674"/>
        <source>no entry of the journal file could be read (%1)</source>
        <translation>kein Eintrag der Journaldatei war lesbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="675"/>
        <source>its header counts %1</source>
        <translation>ihr Kopf zählt %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="681"/>
        <source>%1: the journal file holds no entries</source>
        <translation>%1: die Journaldatei enthält keine Einträge</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="694"/>
        <source>systemd journal (journal files, journalctl -o json / export)</source>
        <translation>systemd-Journal (Journaldateien, journalctl -o json / export)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournaldImporter.cpp" line="753"/>
        <source>not a journal export (%1)</source>
        <translation>Kein Journal-Export (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sManifestImporter.cpp" line="700"/>
        <source>Kubernetes manifests and object dumps</source>
        <translation>Kubernetes-Manifeste und Objekt-Dumps</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="108"/>
        <source>Not a klog line (no &quot;I0102 15:04:05.000000 pid file:line]&quot; header) and none before it to continue; skipped</source>
        <translation>Keine klog-Zeile (kein Kopf „I0102 15:04:05.000000 pid file:line]“) und keine vorherige, die sie fortsetzt; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="164"/>
        <source>klog lines carry no year and the file has neither a creation header nor a modification time: the current year was assumed</source>
        <translation>klog-Zeilen enthalten kein Jahr, und die Datei hat weder einen Erstellungskopf noch eine Änderungszeit: Das aktuelle Jahr wurde angenommen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="179"/>
        <source>klog times carry no year and no zone: they were read in %1, the year inferred from the file&apos;s %2</source>
        <translation>klog-Zeiten enthalten weder Jahr noch Zone: Sie wurden in %1 gelesen, das Jahr aus der Datei abgeleitet (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="182"/>
        <source>creation header</source>
        <translation>Erstellungskopf</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="182"/>
        <source>time</source>
        <translation>Dateizeit</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="198"/>
        <source>The date or time in the klog header is out of range; the time of the line before was used</source>
        <translation>Datum oder Uhrzeit im klog-Kopf liegt außerhalb des gültigen Bereichs; die Zeit der vorherigen Zeile wurde verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="357"/>
        <source>Kubernetes component log (klog)</source>
        <translation>Kubernetes-Komponenten-Log (klog)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KlogImporter.cpp" line="414"/>
        <source>no klog line found</source>
        <translation>Keine klog-Zeile gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="92"/>
        <source>CIS check %1</source>
        <translation>CIS-Prüfung %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="95"/>
        <source>Benchmark: %1 %2</source>
        <translation>Benchmark: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="96"/>
        <source>Benchmark: %1 %2 (CIS %3)</source>
        <translation>Benchmark: %1 %2 (CIS %3)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="98"/>
        <source>Kubernetes version detected: %1</source>
        <translation>Erkannte Kubernetes-Version: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="100"/>
        <source>Section: %1 %2</source>
        <translation>Abschnitt: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="102"/>
        <source>Audit: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="104"/>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="106"/>
        <source>Actual: %1</source>
        <translation>Tatsächlich: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="108"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="110"/>
        <source>Remediation: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="112"/>
        <source>unknown node type</source>
        <translation>Unbekannter Node-Typ</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="150"/>
        <source>the document is neither kube-bench&apos;s Controls object nor an array of Controls</source>
        <translation>Das Dokument ist weder ein Controls-Objekt von kube-bench noch ein Array von Controls</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="165"/>
        <source>Totals says %1 PASS, %2 FAIL, %3 WARN, %4 INFO, but the file lists %5, %6, %7, %8 checks</source>
        <translation>Totals nennt %1 PASS, %2 FAIL, %3 WARN, %4 INFO, die Datei führt aber %5, %6, %7, %8 Prüfungen auf</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="280"/>
        <source>%1 has no test_number or status; skipped</source>
        <translation>%1 hat weder test_number noch status; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="351"/>
        <source>no kube-bench check could be read</source>
        <translation>Keine kube-bench-Prüfung konnte gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="352"/>
        <source>the report lists no checks</source>
        <translation>Der Bericht führt keine Prüfungen auf</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="422"/>
        <source>not a kube-bench line; ignored</source>
        <translation>Keine kube-bench-Zeile; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="473"/>
        <source>unknown section heading; ignored</source>
        <translation>Unbekannte Abschnittsüberschrift; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="544"/>
        <source>no kube-bench check line ([PASS] 1.1.1 …) found</source>
        <translation>Keine kube-bench-Prüfzeile ([PASS] 1.1.1 …) gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="590"/>
        <source>kube-bench CIS results</source>
        <translation>kube-bench-CIS-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="129"/>
        <source>the report is not a JSON object</source>
        <translation>Der Bericht ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="381"/>
        <source>%1 has no controlID; skipped</source>
        <translation>%1 hat keine controlID; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="613"/>
        <source>Frameworks: %1</source>
        <translation>Frameworks: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="645"/>
        <source>Control %1 failed on %2.</source>
        <translation>Kontrolle %1 ist bei %2 nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="647"/>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="711"/>
        <source>Sub-status: %1</source>
        <translation>Unterstatus: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="649"/>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="715"/>
        <location filename="../core/import/importers/PolarisImporter.cpp" line="195"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="651"/>
        <source>Failed paths: %1</source>
        <translation>Fehlgeschlagene Pfade: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="653"/>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="688"/>
        <source>the scanned resources</source>
        <translation>die gescannten Ressourcen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="688"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="689"/>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="695"/>
        <source>Control %1 passed on %2.</source>
        <translation>Kontrolle %1 ist bei %2 bestanden.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="699"/>
        <source>Control %1 was not evaluated (%2).</source>
        <translation>Kontrolle %1 wurde nicht ausgewertet (%2).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="702"/>
        <source>Control %1 failed on %2; the report lists no failing resource.</source>
        <translation>Kontrolle %1 ist bei %2 nicht bestanden; der Bericht nennt keine betroffene Ressource.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="705"/>
        <source>Control %1 has the status &quot;%2&quot;, which Kubescape does not define.</source>
        <translation>Kontrolle %1 hat den Status „%2“, den Kubescape nicht definiert.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="708"/>
        <source>control %1 has an unknown status &quot;%2&quot;</source>
        <translation>Kontrolle %1 hat einen unbekannten Status „%2“</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="713"/>
        <source>Kubescape says: %1</source>
        <translation>Kubescape meldet: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="717"/>
        <source>Resources: %1 failed, %2 passed</source>
        <translation>Ressourcen: %1 nicht bestanden, %2 bestanden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="749"/>
        <source>Kubescape results</source>
        <translation>Kubescape-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="780"/>
        <source>nothing of the Kubescape report could be read</source>
        <translation>Nichts vom Kubescape-Bericht konnte gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubescapeImporter.cpp" line="782"/>
        <source>the report lists no controls, results or resources</source>
        <translation>Der Bericht führt keine Kontrollen, Ergebnisse oder Ressourcen auf</translation>
    </message>
    <message>
        <location filename="../core/import/importers/LogLineReader.cpp" line="53"/>
        <source>The line is %1 bytes long; only its first %2 bytes were read</source>
        <translation>Die Zeile ist %1 Bytes lang; nur ihre ersten %2 Bytes wurden gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/LogLineReader.cpp" line="94"/>
        <source>The input could not be read to its end (%1); the lines before were imported</source>
        <translation>Die Eingabe konnte nicht bis zum Ende gelesen werden (%1); die Zeilen davor wurden importiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLogText.cpp" line="58"/>
        <source>the input could not be read to its end (%1); the %2 lines before are imported</source>
        <translation>Die Eingabe konnte nicht bis zum Ende gelesen werden (%1); die %2 Zeilen davor werden importiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLogText.cpp" line="78"/>
        <source>the input could not be read to its end (%1); the %2 lines before are imported, the cut-off line %3 is skipped</source>
        <translation>Die Eingabe konnte nicht bis zum Ende gelesen werden (%1); die %2 Zeilen davor werden importiert, die abgeschnittene Zeile %3 wird übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/LogLineReader.cpp" line="82"/>
        <source>not clean UTF-8: %1 bytes read as Latin-1, %2 control bytes (such as NUL) replaced</source>
        <translation>Kein sauberes UTF-8: %1 Bytes als Latin-1 gelesen, %2 Steuerbytes (wie NUL) ersetzt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="82"/>
        <source>the document is not an OSCAL object</source>
        <translation>Das Dokument ist kein OSCAL-Objekt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="294"/>
        <source>Assessment: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="295"/>
        <source>Assessment: %1 (version %2)</source>
        <translation>Bewertung: %1 (Version %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="321"/>
        <source>Observation: %1</source>
        <translation>Beobachtung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="329"/>
        <source>Risk: %1 (%2)</source>
        <translation>Risiko: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="350"/>
        <source>Observation %1</source>
        <translation>Beobachtung %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="385"/>
        <source>OSCAL assessment results</source>
        <translation>OSCAL-Bewertungsergebnisse</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="411"/>
        <source>no OSCAL finding or observation could be read</source>
        <translation>Kein OSCAL-Befund und keine Beobachtung konnte gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/OscalImporter.cpp" line="413"/>
        <source>the assessment results hold no finding or observation</source>
        <translation>Die Bewertungsergebnisse enthalten weder Befund noch Beobachtung</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PolarisImporter.cpp" line="153"/>
        <source> (container %1)</source>
        <translation> (Container %1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PolarisImporter.cpp" line="207"/>
        <source>Polaris audit report</source>
        <translation>Polaris-Prüfbericht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PolarisImporter.cpp" line="231"/>
        <source>not a Polaris report: it has no &quot;Results&quot;</source>
        <translation>Kein Polaris-Bericht: Er hat keine &quot;Results&quot;</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ReportJson.cpp" line="19"/>
        <source>cannot read the input: %1</source>
        <translation>Die Eingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ReportJson.cpp" line="25"/>
        <source>the report is larger than %1 MiB, the most read as one document</source>
        <translation>Der Bericht ist größer als %1 MiB, das Höchstmaß, das als ein Dokument gelesen wird</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ReportJson.cpp" line="167"/>
        <source>the document is cut short; what it holds up to its last complete entry was read</source>
        <translation>Das Dokument ist abgeschnitten; sein Inhalt bis zum letzten vollständigen Eintrag wurde gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="358"/>
        <source>the item is not valid JSON</source>
        <translation>Das Element ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="364"/>
        <source>the item is a %1, not an Event</source>
        <translation>Das Element ist ein %1, kein Event</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="439"/>
        <source>unreadable time &apos;%1&apos;</source>
        <translation>Unlesbare Zeit &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="445"/>
        <source>the Event carries no time; the file&apos;s time is used</source>
        <translation>Das Event enthält keine Zeit; die Zeit der Datei wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="446"/>
        <source>the Event carries no time</source>
        <translation>Das Event enthält keine Zeit</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="854"/>
        <source>not a row of `kubectl get events` (no reason, no message); skipped</source>
        <translation>keine Zeile von `kubectl get events` (kein Grund, keine Meldung); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="901"/>
        <source>LAST SEEN is &apos;%1&apos;, no age; the file&apos;s time is used</source>
        <translation>LAST SEEN ist „%1“, kein Alter; die Zeit der Datei wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="914"/>
        <source>`kubectl get events` prints how long ago each Event was last seen: its time is that age counted back from the file&apos;s time (%1), as close as the age&apos;s smallest unit (&quot;5m12s&quot; to the second, &quot;2d&quot; to the day)</source>
        <translation>`kubectl get events` gibt aus, wie lange jedes Event zuletzt her ist: seine Zeit ist dieses Alter, von der Zeit der Datei (%1) zurückgerechnet, so genau wie die kleinste Einheit des Alters („5m12s“ auf die Sekunde, „2d“ auf den Tag)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="937"/>
        <source>`kubectl get events` prints ages, counted from when it ran; this file&apos;s time, which stands for that, is not known</source>
        <translation>`kubectl get events` gibt Alter aus, gezählt ab seinem Aufruf; die Zeit dieser Datei, die dafür steht, ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="959"/>
        <source>Kubernetes events</source>
        <translation>Kubernetes-Events</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1004"/>
        <source>the document is too large</source>
        <translation>Das Dokument ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1007"/>
        <source>the document is larger than %1 MiB; split it first (for example: jq -c &apos;.items[]&apos;)</source>
        <translation>Das Dokument ist größer als %1 MiB; teilen Sie es zuerst auf (zum Beispiel: jq -c &apos;.items[]&apos;)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1020"/>
        <source>the file could not be read to its end; the events before that were imported: %1</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden; die Events davor wurden importiert: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1043"/>
        <source>the document ends inside an item; the items before it were imported</source>
        <translation>Das Dokument endet innerhalb eines Elements; die Elemente davor wurden importiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1048"/>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1050"/>
        <source>not valid YAML: %1</source>
        <translation>Kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1075"/>
        <source>the document is cut short or damaged after %1 items; they were imported (%2)</source>
        <translation>Das Dokument ist nach %1 Elementen abgeschnitten oder beschädigt; diese wurden importiert (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1081"/>
        <location filename="../core/import/importers/ReportJson.cpp" line="183"/>
        <source>not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1083"/>
        <source>not a readable list of Kubernetes events: %1</source>
        <translation>Keine lesbare Liste von Kubernetes-Events: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="1091"/>
        <source>the list holds no events</source>
        <translation>Die Liste enthält keine Events</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ReportJson.cpp" line="280"/>
        <source>not valid JSON (%1); what was read before it was kept</source>
        <translation>Kein gültiges JSON (%1); das davor Gelesene bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ReportJson.cpp" line="286"/>
        <source>%1 has the wrong type; ignored</source>
        <translation>%1 hat den falschen Typ; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SarifImporter.cpp" line="157"/>
        <source>the document is not a SARIF log object</source>
        <translation>Das Dokument ist kein SARIF-Log-Objekt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SarifImporter.cpp" line="163"/>
        <source>SARIF version &quot;%1&quot;; read as 2.1.0</source>
        <translation>SARIF-Version „%1“; als 2.1.0 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SarifImporter.cpp" line="645"/>
        <source>Matched text: %1</source>
        <translation>Gefundener Text: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SarifImporter.cpp" line="647"/>
        <source>Suppressed (%1)</source>
        <translation>Unterdrückt (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SarifImporter.cpp" line="696"/>
        <source>SARIF results</source>
        <translation>SARIF-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SarifImporter.cpp" line="726"/>
        <source>no SARIF result could be read</source>
        <translation>Kein SARIF-Ergebnis konnte gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SarifImporter.cpp" line="727"/>
        <source>the log lists no results</source>
        <translation>Das Log führt keine Ergebnisse auf</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="103"/>
        <source>binary data, not a JSON document</source>
        <translation>Binärdaten, kein JSON-Dokument</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="113"/>
        <source>the document is larger than %1 MiB; split the report first (for example one scan per image or namespace)</source>
        <translation>Das Dokument ist größer als %1 MiB; teilen Sie den Bericht zuerst auf (zum Beispiel ein Scan pro Image oder Namespace)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="122"/>
        <source>reading stopped early: %1</source>
        <translation>Lesen vorzeitig beendet: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sEventsImporter.cpp" line="995"/>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="609"/>
        <location filename="../core/import/importers/KubeBenchImporter.cpp" line="610"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1400"/>
        <location filename="../core/import/importers/ScanJson.cpp" line="135"/>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="142"/>
        <source>the document is not valid UTF-8; the bytes that are not were read as Latin-1</source>
        <translation>Das Dokument ist kein gültiges UTF-8; die ungültigen Bytes wurden als Latin-1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="231"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="237"/>
        <source>the document ends early or is malformed (%1); what came before was imported</source>
        <translation>Das Dokument endet vorzeitig oder ist fehlerhaft (%1); was davor stand, wurde importiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="243"/>
        <source>invalid JSON (%1); what came before was imported</source>
        <translation>Ungültiges JSON (%1); was davor stand, wurde importiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="252"/>
        <source>line %1: %2 is missing; the entry is skipped</source>
        <translation>Zeile %1: %2 fehlt; der Eintrag wird übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="261"/>
        <source>line %1: %2 has the wrong JSON type; ignored</source>
        <translation>Zeile %1: %2 hat den falschen JSON-Typ; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/ScanJson.cpp" line="299"/>
        <source>not a JSON document (%1)</source>
        <translation>Kein JSON-Dokument (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SpdxImporter.cpp" line="147"/>
        <source>SPDX SBOM (JSON)</source>
        <translation>SPDX-SBOM (JSON)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SpdxImporter.cpp" line="173"/>
        <source>not an SPDX 2.x JSON document (spdxVersion &quot;%1&quot;)</source>
        <translation>Kein SPDX-2.x-JSON-Dokument (spdxVersion „%1“)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyftImporter.cpp" line="227"/>
        <source>Syft SBOM (JSON)</source>
        <translation>Syft-SBOM (JSON)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyftImporter.cpp" line="258"/>
        <source>not a Syft SBOM: it has no &quot;artifacts&quot;</source>
        <translation>Kein Syft-SBOM: Es hat keine &quot;artifacts&quot;</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="346"/>
        <source>Syslog (RFC 3164 / 5424, auth.log, secure)</source>
        <translation>Syslog (RFC 3164 / 5424, auth.log, secure)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="417"/>
        <source>time stamps carry no year and no zone: the year was inferred from the file&apos;s time (%1) and the times read in %2</source>
        <translation>Zeitstempel enthalten weder Jahr noch Zone: Das Jahr wurde aus der Dateizeit (%1) abgeleitet und die Zeiten in %2 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="411"/>
        <source>time stamps carry no zone: they were read in %1</source>
        <translation>Zeitstempel enthalten keine Zone: Sie wurden in %1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="404"/>
        <source>time stamps carry no year: it was read from journalctl&apos;s first line (%1), with the zone it names</source>
        <translation>Zeitstempel ohne Jahr: Es wurde aus der ersten Zeile von journalctl (%1) gelesen, mit der dort genannten Zone</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="408"/>
        <source>time stamps carry no year and no zone: the year was read from journalctl&apos;s first line (%1) and the times read in %2</source>
        <translation>Zeitstempel enthalten weder Jahr noch Zone: Das Jahr wurde aus der ersten Zeile von journalctl (%1) gelesen und die Zeiten in %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="413"/>
        <source>time stamps carry no year and no zone: the lines were taken to end in %1, as given, and the times read in %2</source>
        <translation>Zeitstempel ohne Jahr und ohne Zone: die Zeilen enden wie angegeben in %1, die Zeiten wurden in %2 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="457"/>
        <source>journalctl&apos;s first line says its times are in %1, but they were read in %2: import again with the node&apos;s zone (--tz, or Time zone in the import dialog)</source>
        <translation>Laut der ersten Zeile von journalctl sind die Zeiten in %1, gelesen wurden sie aber in %2: mit der Zone des Knotens erneut importieren (--tz oder Zeitzone im Importdialog)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="474"/>
        <source>the lines say their times are in %1, but they were read in %2: import again with the node&apos;s zone (--tz, or Time zone in the import dialog)</source>
        <translation>Laut den Zeilen sind ihre Zeiten in %1, gelesen wurden sie aber in %2: mit der Zone des Knotens erneut importieren (--tz oder Zeitzone im Importdialog)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="493"/>
        <source>not a syslog line (no syslog time stamp at its start); skipped</source>
        <translation>Keine Syslog-Zeile (kein Syslog-Zeitstempel am Anfang); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="500"/>
        <source>the date %1 %2 does not exist in the inferred year; skipped</source>
        <translation>Das Datum %1 %2 existiert im abgeleiteten Jahr nicht; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="553"/>
        <source>not a syslog file (%1)</source>
        <translation>Keine Syslog-Datei (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SyslogImporter.cpp" line="557"/>
        <source>the inferred times run past the file&apos;s own time (%1 is after %2): the file spans more than a year or its time is wrong, so the years of its lines may be one too late</source>
        <translation>Die abgeleiteten Zeiten reichen über die Zeit der Datei hinaus (%1 liegt nach %2): Die Datei umfasst mehr als ein Jahr oder ihre Zeit ist falsch, die Jahre ihrer Zeilen können daher um eins zu spät sein</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="451"/>
        <source>Published %1, last modified %2.</source>
        <translation>Veröffentlicht %1, zuletzt geändert %2.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="452"/>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="453"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="527"/>
        <source>Resolution: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="630"/>
        <source>%1 secret (%2) found in %3 line %4. The matched text is kept only as its fingerprint %5.</source>
        <translation>Geheimnis (%1, %2) in %3, Zeile %4 gefunden. Der gefundene Text wird nur als sein Fingerabdruck %5 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="631"/>
        <source>A</source>
        <translation>ohne Kategorie</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="633"/>
        <source>(none reported)</source>
        <translation>(keiner gemeldet)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="667"/>
        <source>License %1 (%2) in %3</source>
        <translation>Lizenz %1 (%2) in %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="668"/>
        <source>unclassified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1157"/>
        <source>line %1: the document is not an object; ignored</source>
        <translation>Zeile %1: Das Dokument ist kein Objekt; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1178"/>
        <source>no trivy-operator VulnerabilityReport in this YAML</source>
        <translation>Kein VulnerabilityReport des trivy-operator in diesem YAML</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1189"/>
        <source>Trivy JSON report</source>
        <translation>Trivy-JSON-Bericht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1229"/>
        <source>Trivy SchemaVersion %1 is not supported; only SchemaVersion %2 (Trivy 0.20 and later) is</source>
        <translation>Trivy-SchemaVersion %1 wird nicht unterstützt; nur SchemaVersion %2 (Trivy 0.20 und neuer)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1231"/>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1240"/>
        <source>no Results, Resources or vulnerabilities</source>
        <translation>Keine Results, Resources oder Schwachstellen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/TrivyImporter.cpp" line="1241"/>
        <source>not a Trivy report (%1)</source>
        <translation>Kein Trivy-Bericht (%1)</translation>
    </message>
    <message>
        <location filename="../core/query/ResourceQuery.cpp" line="165"/>
        <source>no resource %1 in the case</source>
        <translation>Keine Ressource %1 im Fall</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="58"/>
        <source>character device</source>
        <translation>zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="60"/>
        <source>block device</source>
        <translation>blockorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="62"/>
        <source>fifo</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="64"/>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="66"/>
        <source>unknown entry type</source>
        <translation>unbekannter Eintragstyp</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="181"/>
        <source>, and %1 more</source>
        <translation>, %1 weitere</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="214"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="289"/>
        <location filename="../core/import/ArchiveWalker.cpp" line="303"/>
        <source>links skipped, never followed</source>
        <translation>Links übersprungen, nie verfolgt</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="312"/>
        <source>device files, fifos and sockets skipped</source>
        <translation>Gerätedateien, FIFOs und Sockets übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="323"/>
        <source>absolute member names, read as relative to the archive</source>
        <translation>Absolute Mitgliedsnamen, relativ zum Archiv gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="337"/>
        <source>member names that climb out of the archive with &apos;..&apos;, read as inside it</source>
        <translation>Mitgliedsnamen, die mit &apos;..&apos; aus dem Archiv heraussteigen, als innerhalb gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="346"/>
        <source>member names that occur more than once, each imported under its own name</source>
        <translation>Mehrfach vorkommende Mitgliedsnamen, jeweils unter eigenem Namen importiert</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="382"/>
        <source>%1: the archive encrypts even its list of members; nothing in it can be read without the password, which Auditbench does not ask for</source>
        <translation>%1: Das Archiv verschlüsselt sogar die Liste seiner Mitglieder; ohne das Passwort, nach dem Auditbench nicht fragt, ist nichts darin lesbar</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="390"/>
        <source>not a readable archive</source>
        <translation>Kein lesbares Archiv</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="390"/>
        <source>not a readable archive: %1</source>
        <translation>Kein lesbares Archiv: %1</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="393"/>
        <source> (a 7z lists its members at its end: cut short or damaged there, none of them can be found)</source>
        <translation> (ein 7z führt seine Mitglieder am Ende auf: Ist es dort abgeschnitten oder beschädigt, lässt sich keines davon finden)</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="435"/>
        <source>%1: a 7z archive keeps its list of members at its end and is read by seeking in it; inside another archive or a compressed file that means holding it in memory, which is done up to %2 MiB, and this one is larger. Its members were not read: extract the 7z file and import it.</source>
        <translation>%1: Ein 7z-Archiv führt die Liste seiner Mitglieder am Ende und wird durch Springen darin gelesen; innerhalb eines anderen Archivs oder einer komprimierten Datei heißt das, es im Speicher zu halten, was bis %2 MiB geschieht, und dieses ist größer. Seine Mitglieder wurden nicht gelesen: Entpacken Sie die 7z-Datei und importieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="449"/>
        <source>volume %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="449"/>
        <source>a later volume</source>
        <translation>ein späterer Teil</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="451"/>
        <source>%1: %2 of a multi-volume RAR set. Each volume is read on its own: a member that continues in another volume is read only as far as this one holds it. Extract the set and import the folder to read such members whole.</source>
        <translation>%1: %2 eines mehrteiligen RAR-Satzes. Jeder Teil wird für sich gelesen: Ein Mitglied, das sich in einem anderen Teil fortsetzt, wird nur so weit gelesen, wie dieser Teil es enthält. Entpacken Sie den Satz und importieren Sie den Ordner, um solche Mitglieder vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="487"/>
        <source>%1: reading stopped at the encrypted member %2, which could not be stepped over; members stored after it, if any, were not read: %3</source>
        <translation>%1: Das Lesen stoppte beim verschlüsselten Mitglied %2, das nicht übersprungen werden konnte; danach gespeicherte Mitglieder, falls vorhanden, wurden nicht gelesen: %3</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="494"/>
        <source>%1: the archive ends early or is damaged after %2 entries; the members before the damage were imported: %3</source>
        <translation>%1: Das Archiv endet vorzeitig oder ist nach %2 Einträgen beschädigt; die Mitglieder vor der Beschädigung wurden importiert: %3</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="503"/>
        <source>entries that could not be read</source>
        <translation>Einträge, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="509"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="521"/>
        <source>encrypted members skipped, no password is asked for</source>
        <translation>Verschlüsselte Mitglieder übersprungen, nach keinem Passwort wird gefragt</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="541"/>
        <location filename="../core/import/ImportJob.cpp" line="1051"/>
        <source>members that could not be read</source>
        <translation>Mitglieder, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../core/import/ArchiveWalker.cpp" line="552"/>
        <source>%1: %2; the members after that point were not read</source>
        <translation>%1: %2; die Mitglieder nach dieser Stelle wurden nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/query/EventExport.cpp" line="101"/>
        <source>export cancelled; no file was written</source>
        <translation>Export abgebrochen; keine Datei wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/query/CaseSummary.cpp" line="77"/>
        <source>a kubelet in the API audit log</source>
        <translation>ein Kubelet im Audit-Log des API-Servers</translation>
    </message>
    <message>
        <location filename="../core/query/CaseSummary.cpp" line="79"/>
        <source>a Node object</source>
        <translation>ein Node-Objekt</translation>
    </message>
    <message>
        <location filename="../core/query/CaseSummary.cpp" line="81"/>
        <source>pods scheduled on it</source>
        <translation>darauf geplante Pods</translation>
    </message>
    <message>
        <location filename="../core/query/CaseSummary.cpp" line="83"/>
        <source>Kubernetes Events its kubelet reported</source>
        <translation>Kubernetes-Events, die sein Kubelet meldete</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="280"/>
        <source>the header counts %1 entries, the file holds %2</source>
        <translation>der Kopf zählt %1 Einträge, die Datei enthält %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="297"/>
        <source>read error at byte %1: %2</source>
        <translation>Lesefehler bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="300"/>
        <source>the file ends at byte %1, inside an object that ends at byte %2 (cut off when copied?); the entries before it were read</source>
        <translation>die Datei endet bei Byte %1, in einem Objekt, das bei Byte %2 endet (beim Kopieren abgeschnitten?); die Einträge davor wurden gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="310"/>
        <source>not a systemd journal file (no LPKSHHRH signature)</source>
        <translation>keine systemd-Journaldatei (keine Signatur LPKSHHRH)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="316"/>
        <source>journal file with a header of %1 bytes; not a layout systemd writes</source>
        <translation>Journaldatei mit einem Kopf von %1 Bytes; kein Aufbau, den systemd schreibt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="321"/>
        <location filename="../core/import/importers/JournalFile.cpp" line="326"/>
        <source>journal file cut off inside its header</source>
        <translation>Journaldatei innerhalb ihres Kopfes abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="332"/>
        <source>journal file written by a newer systemd (incompatible flags 0x%1); export it with journalctl -o json and import that</source>
        <translation>Journaldatei eines neueren systemd (inkompatible Flags 0x%1); mit journalctl -o json exportieren und den Export importieren</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="349"/>
        <source>the journal file was open for writing when it was copied: entries written after its last complete one are not in it</source>
        <translation>die Journaldatei war beim Kopieren zum Schreiben geöffnet: Einträge nach ihrem letzten vollständigen fehlen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="372"/>
        <source>damaged object at byte %1 (type %2, size %3); the entries after it are not read</source>
        <translation>beschädigtes Objekt bei Byte %1 (Typ %2, Größe %3); die Einträge danach werden nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="387"/>
        <source>a field of %1 bytes at byte %2 is not read</source>
        <translation>ein Feld von %1 Bytes bei Byte %2 wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="388"/>
        <source>entry %1 of %2 bytes at byte %3 is skipped</source>
        <translation>Eintrag %1 mit %2 Bytes bei Byte %3 wird übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="425"/>
        <source>a compressed field at byte %1 could not be decoded (%2); entries show it empty</source>
        <translation>ein komprimiertes Feld bei Byte %1 ließ sich nicht entpacken (%2); Einträge zeigen es leer</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="464"/>
        <source>more than %1 MiB of distinct field values; fields after byte %2 show empty</source>
        <translation>mehr als %1 MiB verschiedener Feldwerte; Felder nach Byte %2 bleiben leer</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="497"/>
        <source>entry %1 at byte %2 is too short; skipped</source>
        <translation>Eintrag %1 bei Byte %2 ist zu kurz; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="590"/>
        <source>[binary data, %1 bytes]</source>
        <translation>[Binärdaten, %1 Bytes]</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="602"/>
        <source> [… %1 bytes more]</source>
        <translation> [… %1 Bytes mehr]</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="615"/>
        <source>not a journal file</source>
        <translation>keine Journal-Datei</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="627"/>
        <source>no %1 object at byte %2</source>
        <translation>kein %1-Objekt bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="632"/>
        <source>the object at byte %1 is cut off</source>
        <translation>das Objekt bei Byte %1 ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="640"/>
        <source>the entry at byte %1 is too short</source>
        <translation>der Eintrag bei Byte %1 ist zu kurz</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="652"/>
        <source>[…the entry&apos;s other %1 fields]
</source>
        <translation>[…die übrigen %1 Felder des Eintrags]
</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="660"/>
        <source>[field at byte %1: %2]
</source>
        <translation>[Feld bei Byte %1: %2]
</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="662"/>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="675"/>
        <source>[a field compressed with %1 at byte %2 that cannot be decoded: masked in the stored copy for the credential it held, or damaged]
</source>
        <translation>[ein mit %1 komprimiertes Feld bei Byte %2, das sich nicht dekodieren lässt: in der gespeicherten Kopie wegen des enthaltenen Geheimnisses maskiert, oder beschädigt]
</translation>
    </message>
    <message>
        <location filename="../core/import/importers/JournalFile.cpp" line="683"/>
        <source>[…and %1 more fields]
</source>
        <translation>[…und %1 weitere Felder]
</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="436"/>
        <source>read error after byte %1: %2</source>
        <translation>Lesefehler nach Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="454"/>
        <source>the file ends %1 bytes into this record, which is cut off; skipped</source>
        <translation>die Datei endet %1 Bytes in diesem Datensatz, der abgeschnitten ist; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="485"/>
        <source>not a login record: %1 (byte %2); skipped</source>
        <translation>kein Anmeldedatensatz: %1 (Byte %2); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="494"/>
        <source>unknown type or no time</source>
        <translation>unbekannter Typ oder keine Zeit</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="625"/>
        <source>no year in the 28 before the file&apos;s time has this date on this weekday</source>
        <translation>kein Jahr unter den 28 vor der Zeit der Datei hat dieses Datum an diesem Wochentag</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="630"/>
        <source>the date does not exist</source>
        <translation>das Datum gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="889"/>
        <source>not a line of utmpdump&apos;s output</source>
        <translation>keine Zeile der Ausgabe von utmpdump</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="896"/>
        <source>the process id is not a number</source>
        <translation>die Prozess-ID ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="923"/>
        <source>the time &quot;%1&quot; is not ISO 8601</source>
        <translation>die Zeit „%1“ ist nicht ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="940"/>
        <source>the time is outside what a login record holds</source>
        <translation>die Zeit liegt außerhalb dessen, was ein Anmeldedatensatz fasst</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1013"/>
        <source>Login records (wtmp, btmp, utmp)</source>
        <translation>Anmeldedatensätze (wtmp, btmp, utmp)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1071"/>
        <source>not a lastlog record</source>
        <translation>kein lastlog-Eintrag</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1091"/>
        <source>not a line of `last`</source>
        <translation>keine Zeile von `last`</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1098"/>
        <source>`last` without -F prints local time without a zone, a year or seconds: read in %1, each line&apos;s year the latest up to the file&apos;s time in which its date falls on its weekday</source>
        <translation>`last` ohne -F gibt Ortszeit ohne Zone, Jahr und Sekunden aus: in %1 gelesen, das Jahr jeder Zeile das späteste bis zur Zeit der Datei, in dem ihr Datum auf ihren Wochentag fällt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1102"/>
        <source>`last` prints local time without a zone: read in %1</source>
        <translation>`last` gibt Ortszeit ohne Zone aus: gelesen in %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1133"/>
        <source>not a line of `lastlog`</source>
        <translation>keine Zeile von `lastlog`</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1146"/>
        <source>accounts that never logged in (%1): %2</source>
        <translation>Konten, die sich nie angemeldet haben (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/UtmpImporter.cpp" line="1201"/>
        <source>no record is a login record</source>
        <translation>kein Datensatz ist ein Anmeldedatensatz</translation>
    </message>
    <message>
        <location filename="../core/import/importers/HttpAccessImporter.cpp" line="439"/>
        <source>not an access log record (Common, Combined, ingress-nginx, Squid or JSON format); skipped</source>
        <translation>kein Zugriffsprotokolleintrag (Common-, Combined-, ingress-nginx-, Squid- oder JSON-Format); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/HttpAccessImporter.cpp" line="523"/>
        <source>HTTP access log (nginx, Apache, ingress-nginx, Squid)</source>
        <translation>HTTP-Zugriffsprotokoll (nginx, Apache, ingress-nginx, Squid)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/HttpAccessImporter.cpp" line="579"/>
        <source>no access log record found</source>
        <translation>kein Zugriffsprotokolleintrag gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="218"/>
        <source>not a line of dpkg.log, apt&apos;s history.log, yum.log, dnf.rpm.log, zypper&apos;s history or pacman.log; skipped</source>
        <translation>keine Zeile von dpkg.log, apts history.log, yum.log, dnf.rpm.log, zyppers history oder pacman.log; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="276"/>
        <source>yum.log&apos;s times carry no year and no zone: the year was inferred from the file&apos;s time and the times read in %1</source>
        <translation>die Zeiten in yum.log haben weder Jahr noch Zone: das Jahr wurde aus der Zeit der Datei abgeleitet und die Zeiten in %1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="279"/>
        <source>the times carry no zone: they were read in %1</source>
        <translation>die Zeiten haben keine Zone: sie wurden in %1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="289"/>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="534"/>
        <source>the date does not exist; skipped</source>
        <translation>das Datum gibt es nicht; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="370"/>
        <source>unreadable Start-Date; the transaction takes the time of the line before</source>
        <translation>unlesbares Start-Date; die Transaktion erhält die Zeit der Zeile davor</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="465"/>
        <source>the date does not exist in the inferred year; skipped</source>
        <translation>das Datum gibt es im abgeleiteten Jahr nicht; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="490"/>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="614"/>
        <source>unreadable time; skipped</source>
        <translation>unlesbare Zeit; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="535"/>
        <source>not a zypper history action; skipped</source>
        <translation>keine Aktion der zypper-History; übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="687"/>
        <source>Package manager logs (dpkg, apt, yum, dnf, zypper, pacman)</source>
        <translation>Paketmanager-Logs (dpkg, apt, yum, dnf, zypper, pacman)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PackageLogImporter.cpp" line="723"/>
        <source>no package manager record found</source>
        <translation>kein Eintrag einer Paketverwaltung gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="216"/>
        <source>line %1: no dmesg time at its start</source>
        <translation>Zeile %1: keine dmesg-Zeit am Anfang</translation>
    </message>
    <message>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="217"/>
        <source>not a dmesg line (no time since boot, date or ISO time at its start); skipped</source>
        <translation>keine dmesg-Zeile (weder Zeit seit dem Start noch Datum noch ISO-Zeit am Anfang); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="329"/>
        <source>dmesg counts its times from the node&apos;s boot, and the boot starting at line %1 names no wall-clock time (no &quot;setting system clock&quot; or audit line): its lines were placed so that the last one read falls at the file&apos;s time, %2. The times are only as right as that guess: search the node&apos;s other logs for the boot</source>
        <translation>dmesg zählt seine Zeiten ab dem Start des Knotens, und der Start ab Zeile %1 nennt keine Uhrzeit (keine Zeile „setting system clock“ und kein Audit-Eintrag): seine Zeilen wurden so gelegt, dass die zuletzt gelesene auf die Zeit der Datei fällt, %2. Die Zeiten sind nur so richtig wie diese Annahme: suchen Sie den Start in den anderen Logs des Knotens</translation>
    </message>
    <message>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="355"/>
        <source>dmesg counts its times from the node&apos;s boot: line %1 names the wall clock, which puts the boot at %2 UTC; the times of the boot&apos;s lines were counted from there</source>
        <translation>dmesg zählt seine Zeiten ab dem Start des Knotens: Zeile %1 nennt die Uhrzeit, womit der Start auf %2 UTC fällt; die Zeiten der Zeilen dieses Starts wurden von dort aus gezählt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="369"/>
        <source>dmesg -T writes the node&apos;s local time without a zone: the times were read in %1</source>
        <translation>dmesg -T schreibt die Ortszeit des Knotens ohne Zeitzone: die Zeiten wurden in %1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="445"/>
        <source>Kernel ring buffer (dmesg)</source>
        <translation>Kernel-Ringpuffer (dmesg)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/DmesgImporter.cpp" line="483"/>
        <source>not a dmesg output (%1)</source>
        <translation>keine dmesg-Ausgabe (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/LogText.cpp" line="2772"/>
        <source>A record of more than %1 KiB of text goes on in another event from this line, its time and columns kept, so that all of its text is shown and searched</source>
        <translation>Ein Eintrag mit mehr als %1 KiB Text wird ab dieser Zeile in einem weiteren Ereignis fortgesetzt, mit derselben Zeit und denselben Spalten, damit sein ganzer Text angezeigt und durchsucht wird</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="348"/>
        <source>not a sudoers rule, alias, Defaults or include line (a rule reads &quot;users hosts = (runas) commands&quot;): %1</source>
        <translation>keine sudoers-Regel, kein Alias, keine Defaults- oder Include-Zeile (eine Regel lautet &quot;Benutzer Hosts = (runas) Befehle&quot;): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="405"/>
        <source>sudo asks nobody for a password %1 (Defaults !authenticate)</source>
        <translation>sudo fragt niemanden nach einem Passwort %1 (Defaults !authenticate)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="406"/>
        <source>sudo asks %1 for no password %2 (Defaults !authenticate)</source>
        <translation>sudo fragt %1 nicht nach einem Passwort %2 (Defaults !authenticate)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="408"/>
        <source>With !authenticate every rule it covers acts as NOPASSWD: whoever has the account&apos;s session, a stolen key or a compromised process runs the rules&apos; commands as root without knowing a password.</source>
        <translation>Mit !authenticate wirkt jede betroffene Regel wie NOPASSWD: Wer die Sitzung des Kontos, einen gestohlenen Schlüssel oder einen kompromittierten Prozess hat, führt die Befehle der Regeln als root aus, ohne ein Passwort zu kennen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="428"/>
        <source>an alias without NAME = members: %1</source>
        <translation>ein Alias ohne NAME = Mitglieder: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="501"/>
        <source>%1 may run any command as root without a password %2</source>
        <translation>%1 darf jeden Befehl ohne Passwort als root ausführen %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="502"/>
        <source>NOPASSWD: ALL makes the account root for anyone who has its session: a stolen ssh key, a compromised process running as it. Cloud images grant it to their default user; an audit asks who needs it, and why without a password.</source>
        <translation>NOPASSWD: ALL macht das Konto für jeden zu root, der seine Sitzung hat: einen gestohlenen SSH-Schlüssel, einen kompromittierten Prozess unter diesem Konto. Cloud-Images gewähren es ihrem Standardbenutzer; ein Audit fragt, wer es braucht und warum ohne Passwort.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="507"/>
        <source>%1 may run any command as root %2 (with a password)</source>
        <translation>%1 darf jeden Befehl als root ausführen %2 (mit Passwort)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="508"/>
        <source>Full administrators of the node by sudo: the list for the review of privileged access (%sudo and %wheel name groups, whose members are in the node&apos;s group file).</source>
        <translation>Vollständige Administratoren des Nodes über sudo: die Liste für die Prüfung privilegierter Zugänge (%sudo und %wheel bezeichnen Gruppen, deren Mitglieder in der group-Datei des Nodes stehen).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="513"/>
        <source>%1 may run %2 as root %3: a shell as root from there</source>
        <translation>%1 darf %2 als root ausführen %3: von dort eine Shell als root</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="515"/>
        <source>A rule meant to allow one task allows every task when its program can start others: an editor or pager runs a shell (:!sh), an interpreter or find runs any code, tee, cp and dd overwrite /etc/sudoers. sudoedit edits a file without this; a script that takes no arguments is narrower.</source>
        <translation>Eine Regel für eine Aufgabe erlaubt jede Aufgabe, wenn ihr Programm andere starten kann: Ein Editor oder Pager startet eine Shell (:!sh), ein Interpreter oder find führt beliebigen Code aus, tee, cp und dd überschreiben /etc/sudoers. sudoedit bearbeitet eine Datei ohne dieses Risiko; ein Skript ohne Argumente ist enger.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="525"/>
        <source>%1 names further policy files (%2): import them too, their rules are read only from their own files</source>
        <translation>%1 nennt weitere Richtliniendateien (%2): Importieren Sie diese ebenfalls, ihre Regeln werden nur aus ihren eigenen Dateien gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="572"/>
        <source>sudo policy (/etc/sudoers, sudoers.d)</source>
        <translation>sudo-Richtlinie (/etc/sudoers, sudoers.d)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="322"/>
        <source>a list and an action (always,exit)</source>
        <translation>eine Liste und eine Aktion (always,exit)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="324"/>
        <source>a path</source>
        <translation>einen Pfad</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="326"/>
        <source>permissions (r, w, x, a)</source>
        <translation>Berechtigungen (r, w, x, a)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="328"/>
        <source>a field (name=value, !=, &lt;, &gt;, &lt;=, &gt;=, &amp;, &amp;=)</source>
        <translation>ein Feld (name=Wert, !=, &lt;, &gt;, &lt;=, &gt;=, &amp;, &amp;=)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="330"/>
        <source>two fields compared (f=f, f!=f)</source>
        <translation>zwei verglichene Felder (f=f, f!=f)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="332"/>
        <source>0, 1 or 2</source>
        <translation>0, 1 oder 2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="334"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="336"/>
        <source>a syscall</source>
        <translation>einen Systemaufruf</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="338"/>
        <source>a key</source>
        <translation>einen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="339"/>
        <source>an argument</source>
        <translation>ein Argument</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="487"/>
        <source>account files</source>
        <translation>Kontendateien</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="489"/>
        <source>sudoers</source>
        <translation>sudoers</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="491"/>
        <source>login records</source>
        <translation>Anmeldeprotokolle</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="493"/>
        <source>sshd_config</source>
        <translation>sshd_config</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="495"/>
        <source>privileged commands</source>
        <translation>privilegierte Befehle</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="506"/>
        <source>auditing is switched off %1 (-e 0)</source>
        <translation>Auditing ist abgeschaltet %1 (-e 0)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="507"/>
        <source>-e 0 turns the kernel&apos;s auditing off: no rule records anything until -e 1 or 2 is set again. End the rules with -e 2 (CIS benchmarks, section 4.1). augenrules keeps the last -e of all the files of rules.d, so the compiled audit.rules shows which one holds.</source>
        <translation>-e 0 schaltet das Auditing des Kernels ab: Keine Regel zeichnet etwas auf, bis wieder -e 1 oder 2 gesetzt wird. Beenden Sie die Regeln mit -e 2 (CIS-Benchmarks, Abschnitt 4.1). augenrules behält das letzte -e aller Dateien von rules.d, daher zeigt die erzeugte audit.rules, welches gilt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="513"/>
        <source>auditd&apos;s lost records go unnoticed %1 (-f 0)</source>
        <translation>Verlorene Datensätze von auditd bleiben unbemerkt %1 (-f 0)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="514"/>
        <source>With -f 0 the kernel says nothing when it loses audit records (a full backlog, auditd not keeping up): the log has gaps no one sees. Set -f 1 to log the losses, or -f 2 to panic where a node must not run unaudited.</source>
        <translation>Mit -f 0 meldet der Kernel nichts, wenn er Audit-Datensätze verliert (voller Rückstau, auditd kommt nicht nach): Das Log hat Lücken, die niemand sieht. Setzen Sie -f 1, um die Verluste zu protokollieren, oder -f 2 für eine Kernel-Panik, wo ein Node nicht ohne Auditing laufen darf.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="520"/>
        <source>auditd&apos;s rules record nothing %1</source>
        <translation>Die Regeln von auditd zeichnen nichts auf %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="521"/>
        <source>The rules auditd loads delete every rule (-D) and add none that records: the audit log holds logins and the kernel&apos;s own records, but no change to a file and no command run. Add rules in a file of /etc/audit/rules.d/ (CIS benchmarks, section 4.1, list them) and run augenrules --load.</source>
        <translation>Die Regeln, die auditd lädt, löschen jede Regel (-D) und fügen keine aufzeichnende hinzu: Das Audit-Log enthält Anmeldungen und die eigenen Datensätze des Kernels, aber keine Änderung an einer Datei und keinen ausgeführten Befehl. Fügen Sie Regeln in einer Datei von /etc/audit/rules.d/ hinzu (CIS-Benchmarks, Abschnitt 4.1, nennen sie) und führen Sie augenrules --load aus.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="528"/>
        <source>auditd&apos;s rules can be changed while the node runs %1</source>
        <translation>Die Regeln von auditd lassen sich im laufenden Betrieb ändern %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="529"/>
        <source>Without -e 2, whoever becomes root can delete the audit rules (auditctl -D) and act unrecorded; -e 2 locks them until reboot. CIS benchmarks (section 4.1) ask for -e 2 as the last rule: audit&apos;s sample rules keep it in rules.d/99-finalize.rules, and augenrules moves the last -e to the end of audit.rules.</source>
        <translation>Ohne -e 2 kann, wer root wird, die Audit-Regeln löschen (auditctl -D) und unaufgezeichnet handeln; -e 2 sperrt sie bis zum Neustart. CIS-Benchmarks (Abschnitt 4.1) verlangen -e 2 als letzte Regel: Die Beispielregeln von audit halten es in rules.d/99-finalize.rules, und augenrules verschiebt das letzte -e an das Ende von audit.rules.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="536"/>
        <source>auditd does not watch %1 %2</source>
        <translation>auditd überwacht nicht: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="537"/>
        <source>CIS benchmarks (section 4.1) ask auditd to record changes to the account files, sudo&apos;s policy and the login records, and the use of privileged commands; sshd_config decides who gets in. Without a rule, the audit log cannot show who changed them or ran them. Add the rules in a file of /etc/audit/rules.d/ (-w /etc/shadow -p wa -k identity; -a always,exit -F path=&lt;each setuid program&gt; -F perm=x -F auid&gt;=1000 -F auid!=unset -k privileged) and run augenrules --load. No rule covers: %1.</source>
        <translation>CIS-Benchmarks (Abschnitt 4.1) verlangen, dass auditd Änderungen an den Kontendateien, der sudo-Richtlinie und den Anmeldeprotokollen sowie die Verwendung privilegierter Befehle aufzeichnet; sshd_config entscheidet, wer hereinkommt. Ohne Regel kann das Audit-Log nicht zeigen, wer sie geändert oder ausgeführt hat. Fügen Sie die Regeln in einer Datei von /etc/audit/rules.d/ hinzu (-w /etc/shadow -p wa -k identity; -a always,exit -F path=&lt;jedes setuid-Programm&gt; -F perm=x -F auid&gt;=1000 -F auid!=unset -k privileged) und führen Sie augenrules --load aus. Keine Regel erfasst: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="591"/>
        <source>%1 (auditctl stops loading the file here: no -i or -c comes before it)</source>
        <translation>%1 (auditctl hört hier auf, die Datei zu laden: kein -i oder -c steht davor)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="608"/>
        <source>&quot;%1&quot; is no option of auditctl(8) in a rules file (misspelt, or of another audit version); kept as written</source>
        <translation>&quot;%1&quot; ist keine Option von auditctl(8) in einer Regeldatei (vertippt oder aus einer anderen audit-Version); wie geschrieben übernommen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="704"/>
        <source>not a rule (a line of auditctl options such as -w or -a): %1</source>
        <translation>keine Regel (eine Zeile mit auditctl-Optionen wie -w oder -a): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="706"/>
        <source>&quot;%1&quot; follows no option that takes it</source>
        <translation>&quot;%1&quot; folgt keiner Option, die es annimmt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="708"/>
        <source>%1 without %2</source>
        <translation>%1 ohne %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="711"/>
        <source>%1 takes a path from /, not &quot;%2&quot;</source>
        <translation>%1 nimmt einen Pfad ab /, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="712"/>
        <source>%1 takes %2, not &quot;%3&quot;</source>
        <translation>%1 nimmt %2, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="715"/>
        <source>%1 and %2 on one line: auditctl takes one rule a line</source>
        <translation>%1 und %2 in einer Zeile: auditctl nimmt eine Regel je Zeile</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="718"/>
        <source>%1 belongs to a rule, but the line has no -w or -a</source>
        <translation>%1 gehört zu einer Regel, aber die Zeile hat kein -w oder -a</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="793"/>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="639"/>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="842"/>
        <source>the use of privileged commands</source>
        <translation>die Verwendung privilegierter Befehle</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="843"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="893"/>
        <source>Linux audit rules (audit.rules, rules.d)</source>
        <translation>Linux-Audit-Regeln (audit.rules, rules.d)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="913"/>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="599"/>
        <source>%1: the file holds no rule, only comments</source>
        <translation>%1: Die Datei enthält keine Regel, nur Kommentare</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AuditRulesImporter.cpp" line="914"/>
        <source>no audit rule found</source>
        <translation>Keine Audit-Regel gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SudoersImporter.cpp" line="600"/>
        <source>no sudoers rule found</source>
        <translation>Keine sudoers-Regel gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="279"/>
        <source>not a setting (&quot;Keyword value&quot;): %1</source>
        <translation>keine Einstellung (&quot;Schlüsselwort Wert&quot;): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="310"/>
        <source>&quot;%1&quot; is no keyword of sshd_config(5) (misspelt, or of another OpenSSH version); kept as written</source>
        <translation>&quot;%1&quot; ist kein Schlüsselwort von sshd_config(5) (vertippt oder aus einer anderen OpenSSH-Version); wie geschrieben übernommen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="362"/>
        <source>%1 (Match %2)</source>
        <translation>%1 (Match %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="372"/>
        <source>root may log in over ssh with a password %1</source>
        <translation>root darf sich per ssh mit Passwort anmelden %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="373"/>
        <source>PermitRootLogin yes lets anyone who guesses or steals root&apos;s password log in as root, and every such login is root&apos;s, not a person&apos;s. Set it to no and have people log in as themselves and use sudo.</source>
        <translation>PermitRootLogin yes lässt jeden, der das Passwort von root errät oder stiehlt, sich als root anmelden, und jede solche Anmeldung ist die von root, nicht die einer Person. Setzen Sie no und lassen Sie Personen sich unter eigenem Namen anmelden und sudo verwenden.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="379"/>
        <source>root may log in over ssh with a key %1</source>
        <translation>root darf sich per ssh mit einem Schlüssel anmelden %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="380"/>
        <source>A key in root&apos;s authorized_keys logs in as root directly: the logs name root, not the person holding the key. CIS benchmarks ask for PermitRootLogin no.</source>
        <translation>Ein Schlüssel in den authorized_keys von root meldet direkt als root an: Die Logs nennen root, nicht die Person mit dem Schlüssel. CIS-Benchmarks verlangen PermitRootLogin no.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="385"/>
        <source>ssh accepts passwords %1</source>
        <translation>ssh akzeptiert Passwörter %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="386"/>
        <source>Password logins can be guessed from anywhere the port is reachable, and are only as strong as the weakest account&apos;s password; keys (or certificates) cannot be guessed. Set PasswordAuthentication no.</source>
        <translation>Passwort-Anmeldungen lassen sich von überall erraten, wo der Port erreichbar ist, und sind nur so stark wie das Passwort des schwächsten Kontos; Schlüssel (oder Zertifikate) lassen sich nicht erraten. Setzen Sie PasswordAuthentication no.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="392"/>
        <source>ssh lets accounts with an empty password in %1</source>
        <translation>ssh lässt Konten mit leerem Passwort herein %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="393"/>
        <source>PermitEmptyPasswords yes lets an account whose password is empty log in over the network with none.</source>
        <translation>PermitEmptyPasswords yes lässt ein Konto mit leerem Passwort sich über das Netz ohne Passwort anmelden.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="398"/>
        <source>ssh allows protocol 1 %1</source>
        <translation>ssh erlaubt Protokoll 1 %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="399"/>
        <source>SSH protocol 1 has been broken since 2001 (its sessions can be hijacked and decrypted); OpenSSH 7.4 removed it. Only a very old sshd honours this setting.</source>
        <translation>SSH-Protokoll 1 ist seit 2001 gebrochen (seine Sitzungen lassen sich übernehmen und entschlüsseln); OpenSSH 7.4 hat es entfernt. Nur ein sehr alter sshd beachtet diese Einstellung.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="403"/>
        <source>ssh forwards X11 %1</source>
        <translation>ssh leitet X11 weiter %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="404"/>
        <source>X11 forwarding opens the client&apos;s display to the server and a channel the server needs no more of on a node; CIS benchmarks ask for X11Forwarding no.</source>
        <translation>X11-Weiterleitung öffnet die Anzeige des Clients für den Server und einen Kanal, den ein Node nicht braucht; CIS-Benchmarks verlangen X11Forwarding no.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="410"/>
        <source>ssh allows %1 tries a connection %2</source>
        <translation>ssh erlaubt %1 Versuche je Verbindung %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="411"/>
        <source>Each connection may try this many passwords or keys before sshd drops it, which speeds guessing up; CIS benchmarks ask for 4 or fewer.</source>
        <translation>Jede Verbindung darf so viele Passwörter oder Schlüssel probieren, bevor sshd sie trennt, was das Raten beschleunigt; CIS-Benchmarks verlangen 4 oder weniger.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="416"/>
        <source>ssh logs no logins %1 (LogLevel %2)</source>
        <translation>ssh protokolliert keine Anmeldungen %1 (LogLevel %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="417"/>
        <source>Below INFO, sshd writes neither accepted nor failed logins: the node&apos;s auth.log cannot show who came in, or who tried.</source>
        <translation>Unterhalb von INFO schreibt sshd weder angenommene noch fehlgeschlagene Anmeldungen: Das auth.log des Nodes kann nicht zeigen, wer hereinkam oder es versuchte.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="440"/>
        <source>ssh offers %1 (%2) %3</source>
        <translation>ssh bietet %1 an (%2) %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="441"/>
        <source>CBC and RC4 ciphers, 3DES, MD5 and short MACs, and SHA-1 key exchanges are broken or deprecated (CIS, NIST SP 800-131A); a client that offers them too gets them. Leave the keyword out for OpenSSH&apos;s defaults, or list only current algorithms.</source>
        <translation>CBC- und RC4-Chiffren, 3DES, MD5 und kurze MACs sowie SHA-1-Schlüsselaustausch sind gebrochen oder veraltet (CIS, NIST SP 800-131A); ein Client, der sie ebenfalls anbietet, bekommt sie. Lassen Sie das Schlüsselwort für die Vorgaben von OpenSSH weg oder nennen Sie nur aktuelle Algorithmen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="471"/>
        <source>%1 includes %2: import those files too, their settings are read only from their own files (and, read first, they win over this one&apos;s)</source>
        <translation>%1 bindet %2 ein: Importieren Sie diese Dateien ebenfalls, ihre Einstellungen werden nur aus ihren eigenen Dateien gelesen (und da sie zuerst gelesen werden, gelten sie vor denen dieser Datei)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="487"/>
        <source>ssh server configuration (sshd_config)</source>
        <translation>Konfiguration des ssh-Servers (sshd_config)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="356"/>
        <source>not a login.defs setting (&quot;KEY value&quot;): %1</source>
        <translation>keine Einstellung von login.defs (&quot;SCHLÜSSEL Wert&quot;): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="358"/>
        <source>not a PAM rule (&quot;type control module [arguments]&quot;): %1</source>
        <translation>keine PAM-Regel (&quot;Typ Steuerung Modul [Argumente]&quot;): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="364"/>
        <source>not a setting (&quot;key = value&quot;): %1</source>
        <translation>keine Einstellung (&quot;Schlüssel = Wert&quot;): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="468"/>
        <source>An account with an empty password may log in %1</source>
        <translation>Ein Konto mit leerem Passwort darf sich anmelden %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="469"/>
        <source>pam_unix&apos;s nullok lets an account whose password is empty authenticate with none, wherever this stack is used (console, su, and ssh when sshd asks PAM). Remove nullok.</source>
        <translation>nullok von pam_unix lässt ein Konto mit leerem Passwort sich ohne Passwort authentifizieren, überall wo dieser Stack verwendet wird (Konsole, su und ssh, wenn sshd PAM fragt). Entfernen Sie nullok.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="475"/>
        <source>Any password is accepted: sufficient pam_permit.so %1</source>
        <translation>Jedes Passwort wird angenommen: sufficient pam_permit.so %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="476"/>
        <source>pam_permit always succeeds; as a sufficient auth rule it lets anyone who reaches it in without a valid password. A known backdoor: find out who changed the file.</source>
        <translation>pam_permit gelingt immer; als sufficient-Regel im auth-Stack lässt es jeden ohne gültiges Passwort herein, der sie erreicht. Eine bekannte Hintertür: Stellen Sie fest, wer die Datei geändert hat.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="483"/>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="575"/>
        <source>New passwords are hashed with %1 %2</source>
        <translation>Neue Passwörter werden mit %1 gehasht %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="484"/>
        <source>pam_unix stores the passwords people set from now on with this hash, which a stolen shadow file gives up quickly. Use sha512 or yescrypt.</source>
        <translation>pam_unix speichert die Passwörter, die ab jetzt gesetzt werden, mit diesem Hash, den eine gestohlene shadow-Datei schnell preisgibt. Verwenden Sie sha512 oder yescrypt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="509"/>
        <source>Passwords may be %1 characters long %2</source>
        <translation>Passwörter dürfen %1 Zeichen lang sein %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="510"/>
        <source>The quality check&apos;s minlen lets people choose passwords this short (each character class used may count as one more). CIS benchmarks ask for 14; NIST SP 800-63B for at least 8.</source>
        <translation>minlen der Qualitätsprüfung erlaubt so kurze Passwörter (jede verwendete Zeichenklasse kann als ein weiteres Zeichen zählen). CIS-Benchmarks verlangen 14, NIST SP 800-63B mindestens 8.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="523"/>
        <source>Failed passwords never lock an account %1 (deny=0)</source>
        <translation>Fehlgeschlagene Passwörter sperren nie ein Konto %1 (deny=0)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="524"/>
        <source>With deny=0 the lockout module counts failures but never locks: passwords can be guessed without limit. CIS benchmarks ask for 5 or fewer.</source>
        <translation>Mit deny=0 zählt das Sperrmodul Fehlversuche, sperrt aber nie: Passwörter lassen sich unbegrenzt raten. CIS-Benchmarks verlangen 5 oder weniger.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="529"/>
        <source>An account locks only after %1 failed passwords %2</source>
        <translation>Ein Konto wird erst nach %1 falschen Passwörtern gesperrt %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="530"/>
        <source>Each account may be guessed at this many times before it locks; CIS benchmarks ask for 5 or fewer.</source>
        <translation>Jedes Konto lässt sich so oft erraten, bevor es gesperrt wird; CIS-Benchmarks verlangen 5 oder weniger.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="536"/>
        <source>A locked account unlocks itself after %1 seconds %2</source>
        <translation>Ein gesperrtes Konto entsperrt sich nach %1 Sekunden selbst %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="537"/>
        <source>A short lock only slows guessing down; CIS benchmarks ask for 900 seconds or more, or 0 (an administrator unlocks it).</source>
        <translation>Eine kurze Sperre verlangsamt das Raten nur; CIS-Benchmarks verlangen 900 Sekunden oder mehr oder 0 (ein Administrator entsperrt).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="548"/>
        <source>Old passwords may be reused at once %1 (remember=0)</source>
        <translation>Alte Passwörter dürfen sofort wiederverwendet werden %1 (remember=0)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="549"/>
        <source>The password history is %1 deep %2</source>
        <translation>Der Passwortverlauf ist %1 tief %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="550"/>
        <source>remember=%1: the password history keeps fewer than the 5 old passwords CIS benchmarks ask for, so people can cycle back to a password they had.</source>
        <translation>remember=%1: Der Passwortverlauf hält weniger als die 5 alten Passwörter, die CIS-Benchmarks verlangen, sodass man zu einem früheren Passwort zurückkehren kann.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="565"/>
        <source>New accounts&apos; passwords never expire %1</source>
        <translation>Passwörter neuer Konten laufen nie ab %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="566"/>
        <source>New accounts&apos; passwords expire only after %1 days %2</source>
        <translation>Passwörter neuer Konten laufen erst nach %1 Tagen ab %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="568"/>
        <source>PASS_MAX_DAYS is the maximum age useradd gives new accounts (existing ones keep theirs: see their NodePassword). Where policy asks for rotation, CIS benchmarks ask for 365 days or fewer.</source>
        <translation>PASS_MAX_DAYS ist das Höchstalter, das useradd neuen Konten gibt (bestehende behalten ihres: siehe ihr NodePassword). Wo die Richtlinie einen Wechsel verlangt, verlangen CIS-Benchmarks 365 Tage oder weniger.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="576"/>
        <source>ENCRYPT_METHOD is the hash passwd, chpasswd and useradd store new passwords with; DES and MD5 hashes fall to a stolen shadow file quickly. Use SHA512 or YESCRYPT.</source>
        <translation>ENCRYPT_METHOD ist der Hash, mit dem passwd, chpasswd und useradd neue Passwörter speichern; DES- und MD5-Hashes fallen bei einer gestohlenen shadow-Datei schnell. Verwenden Sie SHA512 oder YESCRYPT.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="583"/>
        <source>New files may be written by every user %1 (UMASK %2)</source>
        <translation>Neue Dateien dürfen von jedem Benutzer geschrieben werden %1 (UMASK %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="584"/>
        <source>UMASK is the default for home directories and login sessions; without the others&apos; write bit masked, files people create can be changed by anyone on the node. CIS benchmarks ask for 027.</source>
        <translation>UMASK ist die Vorgabe für Home-Verzeichnisse und Anmeldesitzungen; ohne maskiertes Schreibbit für andere kann jeder auf dem Node die erstellten Dateien ändern. CIS-Benchmarks verlangen 027.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="590"/>
        <source>New files may be read by every user %1 (UMASK %2)</source>
        <translation>Neue Dateien dürfen von jedem Benutzer gelesen werden %1 (UMASK %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="591"/>
        <source>UMASK is the default for home directories and login sessions; with the others&apos; read bit unmasked, what people create is readable by every account and service on the node. CIS benchmarks ask for 027.</source>
        <translation>UMASK ist die Vorgabe für Home-Verzeichnisse und Anmeldesitzungen; ohne maskiertes Lesebit für andere ist alles Erstellte für jedes Konto und jeden Dienst auf dem Node lesbar. CIS-Benchmarks verlangen 027.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="603"/>
        <source>Failed passwords never lock an account %1 (%2 has no lockout)</source>
        <translation>Fehlgeschlagene Passwörter sperren nie ein Konto %1 (%2 hat keine Sperre)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="604"/>
        <source>The auth stack checks passwords with pam_unix but has neither pam_faillock nor pam_tally2, so passwords can be guessed without limit (sshd&apos;s MaxAuthTries only ends a connection). CIS benchmarks ask for a lock after 5 failures.</source>
        <translation>Der auth-Stack prüft Passwörter mit pam_unix, hat aber weder pam_faillock noch pam_tally2, sodass sich Passwörter unbegrenzt raten lassen (MaxAuthTries von sshd beendet nur eine Verbindung). CIS-Benchmarks verlangen eine Sperre nach 5 Fehlversuchen.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="610"/>
        <source>New passwords are not checked for quality %1 (%2)</source>
        <translation>Neue Passwörter werden nicht auf Qualität geprüft %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="611"/>
        <source>The password stack sets passwords with pam_unix but has no pam_pwquality, pam_cracklib or pam_passwdqc, so any password of pam_unix&apos;s minimum length (6 by default) is taken.</source>
        <translation>Der password-Stack setzt Passwörter mit pam_unix, hat aber weder pam_pwquality noch pam_cracklib oder pam_passwdqc, sodass jedes Passwort der Mindestlänge von pam_unix (standardmäßig 6) angenommen wird.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="632"/>
        <source>every setting is commented out: the library&apos;s defaults hold</source>
        <translation>jede Einstellung ist auskommentiert: Es gelten die Vorgaben der Bibliothek</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="442"/>
        <source>not a journald setting (&quot;Key=value&quot; under [Journal]): %1</source>
        <translation>keine journald-Einstellung (&quot;Key=value&quot; unter [Journal]): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="444"/>
        <source>not an auditd setting (&quot;key = value&quot;): %1</source>
        <translation>keine auditd-Einstellung (&quot;key = value&quot;): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="449"/>
        <source>not an rsyslog directive, rule or statement: %1</source>
        <translation>keine rsyslog-Direktive, -Regel oder -Anweisung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="684"/>
        <source>%1 with TLS</source>
        <translation>%1 mit TLS</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="687"/>
        <source>syslog sends %1 to %2 over %3 %4</source>
        <translation>syslog sendet %1 an %2 über %3 %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="688"/>
        <source>rsyslog forwards these messages to another host as they are written: the node&apos;s logs are kept off the node too, where an intruder on it cannot erase them (SOC 2 CC7.2). Check that the collector keeps them as long as policy asks.</source>
        <translation>rsyslog leitet diese Meldungen beim Schreiben an einen anderen Host weiter: Die Logs des Knotens liegen auch außerhalb des Knotens, wo ein Eindringling auf ihm sie nicht löschen kann (SOC 2 CC7.2). Prüfen Sie, dass der Sammler sie so lange aufbewahrt, wie die Richtlinie verlangt.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="695"/>
        <source>syslog sends logs to %1 unencrypted (%2) %3</source>
        <translation>syslog sendet Logs unverschlüsselt an %1 (%2) %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="697"/>
        <source>Over UDP the messages cross the network as clear text: anyone on the path reads them (log lines carry user names, addresses, at times credentials), forges them, and messages lost on the way are lost without notice. Use TCP with TLS (omfwd StreamDriver=&quot;gtls&quot; StreamDriverMode=&quot;1&quot;) or RELP with tls=&quot;on&quot;.</source>
        <translation>Über UDP gehen die Meldungen im Klartext durchs Netz: Jeder auf dem Weg liest sie (Logzeilen enthalten Benutzernamen, Adressen, manchmal Zugangsdaten), fälscht sie, und unterwegs verlorene Meldungen gehen unbemerkt verloren. Verwenden Sie TCP mit TLS (omfwd StreamDriver=&quot;gtls&quot; StreamDriverMode=&quot;1&quot;) oder RELP mit tls=&quot;on&quot;.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="702"/>
        <source>The messages cross the network as clear text: anyone on the path reads them (log lines carry user names, addresses, at times credentials) or alters them. Set StreamDriver=&quot;gtls&quot; and StreamDriverMode=&quot;1&quot; (or $ActionSendStreamDriverMode 1), or RELP&apos;s tls=&quot;on&quot;.</source>
        <translation>Die Meldungen gehen im Klartext durchs Netz: Jeder auf dem Weg liest sie (Logzeilen enthalten Benutzernamen, Adressen, manchmal Zugangsdaten) oder verändert sie. Setzen Sie StreamDriver=&quot;gtls&quot; und StreamDriverMode=&quot;1&quot; (oder $ActionSendStreamDriverMode 1) oder bei RELP tls=&quot;on&quot;.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="355"/>
        <source>journald keeps no log %1 (Storage=none)</source>
        <translation>journald bewahrt kein Log auf %1 (Storage=none)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="356"/>
        <source>journald drops every message it receives; only what syslog stores of them (ForwardToSyslog=yes) remains. Check that syslog keeps the authentication and kernel messages, or set Storage=persistent.</source>
        <translation>journald verwirft jede Meldung, die es erhält; nur was syslog davon speichert (ForwardToSyslog=yes), bleibt. Prüfen Sie, dass syslog die Authentifizierungs- und Kernelmeldungen aufbewahrt, oder setzen Sie Storage=persistent.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="359"/>
        <source>journald drops every message it receives and forwards none to syslog: the node&apos;s services, logins and kernel leave no record the node keeps. Set Storage=persistent.</source>
        <translation>journald verwirft jede Meldung, die es erhält, und leitet keine an syslog weiter: Dienste, Anmeldungen und Kernel des Knotens hinterlassen keinen Eintrag, den der Knoten aufbewahrt. Setzen Sie Storage=persistent.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="365"/>
        <source>journald keeps its log only until the node restarts %1 (Storage=volatile)</source>
        <translation>journald bewahrt sein Log nur bis zum Neustart des Knotens auf %1 (Storage=volatile)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="366"/>
        <source>The journal lives in /run, in memory: a reboot, the first thing done to a node in trouble, erases what led to it.%1 Set Storage=persistent.</source>
        <translation>Das Journal liegt in /run, im Arbeitsspeicher: Ein Neustart, das Erste, was man mit einem Knoten in Schwierigkeiten tut, löscht, was dazu geführt hat.%1 Setzen Sie Storage=persistent.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="368"/>
        <location filename="../core/case/JournaldSettings.cpp" line="470"/>
        <source> Syslog receives a copy (ForwardToSyslog=yes).</source>
        <translation> Syslog erhält eine Kopie (ForwardToSyslog=yes).</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="374"/>
        <source>journald keeps its log on disk %1 (Storage=persistent)</source>
        <translation>journald bewahrt sein Log auf der Platte auf %1 (Storage=persistent)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="375"/>
        <source>The journal is written to /var/log/journal and outlives a reboot.</source>
        <translation>Das Journal wird nach /var/log/journal geschrieben und übersteht einen Neustart.</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="394"/>
        <source>journald stores only messages of level %1 and above %2 (MaxLevelStore)</source>
        <translation>journald speichert nur Meldungen der Stufe %1 und höher %2 (MaxLevelStore)</translation>
    </message>
    <message>
        <location filename="../core/case/JournaldSettings.cpp" line="396"/>
        <source>Messages below this level are dropped: sshd&apos;s accepted logins and most of systemd&apos;s are at info, so the journal no longer says who logged in or what started. Set MaxLevelStore=info or debug (the default).</source>
        <translation>Meldungen unter dieser Stufe werden verworfen: Die angenommenen Anmeldungen von sshd und die meisten Meldungen von systemd haben die Stufe info, also sagt das Journal nicht mehr, wer sich angemeldet hat oder was gestartet wurde. Setzen Sie MaxLevelStore=info oder debug (die Vorgabe).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="729"/>
        <source>auditd writes no audit log %1 (write_logs = no)</source>
        <translation>auditd schreibt kein Audit-Log %1 (write_logs = no)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="730"/>
        <source>The audit rules&apos; records are not written to disk: only what a plugin sends elsewhere (audisp-remote, syslog) remains. Check that such a plugin is on and where its records go, or set write_logs = yes.</source>
        <translation>Die Einträge der Audit-Regeln werden nicht auf die Platte geschrieben: Nur was ein Plugin anderswohin sendet (audisp-remote, syslog), bleibt. Prüfen Sie, dass ein solches Plugin aktiv ist und wohin seine Einträge gehen, oder setzen Sie write_logs = yes.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="739"/>
        <source>auditd keeps every audit log %1 (max_log_file_action = KEEP_LOGS)</source>
        <translation>auditd bewahrt jedes Audit-Log auf %1 (max_log_file_action = KEEP_LOGS)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="740"/>
        <source>A full log file is rotated and none is deleted (watch the disk: admin_space_left_action and disk_full_action say what happens when it fills).</source>
        <translation>Eine volle Logdatei wird rotiert und keine gelöscht (achten Sie auf die Platte: admin_space_left_action und disk_full_action sagen, was geschieht, wenn sie voll wird).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="746"/>
        <source>auditd deletes its oldest records once %1 log files of %2 MB are full %3</source>
        <translation>auditd löscht seine ältesten Einträge, sobald %1 Logdateien zu %2 MB voll sind %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="748"/>
        <source>With max_log_file_action = ROTATE the audit trail holds the last num_logs × max_log_file megabytes: a busy node, or an intruder generating records, pushes older ones out before they are collected. CIS benchmarks ask for KEEP_LOGS, with the logs shipped off the node.</source>
        <translation>Mit max_log_file_action = ROTATE hält der Audit-Trail die letzten num_logs × max_log_file Megabyte: Ein ausgelasteter Knoten oder ein Eindringling, der Einträge erzeugt, verdrängt ältere, bevor sie eingesammelt sind. CIS-Benchmarks verlangen KEEP_LOGS, mit den Logs außerhalb des Knotens.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="767"/>
        <source>SUSPEND, the default</source>
        <translation>SUSPEND, die Vorgabe</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="773"/>
        <source>auditd stops recording when its disk fills %1 (%2)</source>
        <translation>auditd hört auf aufzuzeichnen, wenn seine Platte voll wird %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="775"/>
        <source>Once the log partition is full (or nearly, for admin_space_left) auditd suspends writing, or carries on without it: what happens next leaves no audit record, and filling the disk is an easy way to make it so. CIS benchmarks ask for HALT or SINGLE; where stopping the node is not acceptable, alert on space_left and ship the records off the node.</source>
        <translation>Sobald die Log-Partition voll ist (oder fast, bei admin_space_left), setzt auditd das Schreiben aus oder macht ohne weiter: Was danach geschieht, hinterlässt keinen Audit-Eintrag, und die Platte zu füllen ist ein einfacher Weg dahin. CIS-Benchmarks verlangen HALT oder SINGLE; wo das Anhalten des Knotens nicht hinnehmbar ist, alarmieren Sie bei space_left und bringen Sie die Einträge vom Knoten weg.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="802"/>
        <source>a link to /dev/null: no setting is made here, the file masks a drop-in of its name in a later folder (/run, /usr/local/lib, /usr/lib)</source>
        <translation>ein Link auf /dev/null: Hier wird nichts eingestellt, die Datei verdeckt ein gleichnamiges Drop-in in einem späteren Ordner (/run, /usr/local/lib, /usr/lib)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="806"/>
        <source>no setting is made here: the file masks a drop-in of its name in a later folder (/run, /usr/local/lib, /usr/lib)</source>
        <translation>hier wird nichts eingestellt: Die Datei verdeckt ein gleichnamiges Drop-in in einem späteren Ordner (/run, /usr/local/lib, /usr/lib)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="809"/>
        <source>no setting is made here: the defaults hold</source>
        <translation>hier wird nichts eingestellt: Es gelten die Vorgaben</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="824"/>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="639"/>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="465"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="933"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="982"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="824"/>
        <source>forwards</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="826"/>
        <source>forwarding actions</source>
        <translation>Weiterleitungsaktionen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="854"/>
        <source>a node&apos;s logging settings (journald.conf, auditd.conf, rsyslog.conf)</source>
        <translation>Log-Einstellungen eines Knotens (journald.conf, auditd.conf, rsyslog.conf)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="894"/>
        <source>%1: the drop-in is a link to /dev/null: it sets nothing and masks one of its name in a later folder (/run, /usr/local/lib, /usr/lib), if the node has one</source>
        <translation>%1: Das Drop-in ist ein Link auf /dev/null: Es setzt nichts und verdeckt ein gleichnamiges in einem späteren Ordner (/run, /usr/local/lib, /usr/lib), falls der Knoten eines hat</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="897"/>
        <source>%1: the drop-in sets nothing: it masks one of its name in a later folder (/run, /usr/local/lib, /usr/lib), if the node has one</source>
        <translation>%1: Das Drop-in setzt nichts: Es verdeckt ein gleichnamiges in einem späteren Ordner (/run, /usr/local/lib, /usr/lib), falls der Knoten eines hat</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="902"/>
        <source>no journald, auditd or rsyslog setting found</source>
        <translation>keine journald-, auditd- oder rsyslog-Einstellung gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="687"/>
        <source>password and lockout policy (login.defs, PAM, pwquality, faillock)</source>
        <translation>Passwort- und Sperrrichtlinie (login.defs, PAM, pwquality, faillock)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="298"/>
        <source>the kubelet accepts anonymous requests %1 (--anonymous-auth)</source>
        <translation>das Kubelet nimmt anonyme Anfragen an %1 (--anonymous-auth)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="299"/>
        <source>With --anonymous-auth=true whoever reaches port 10250 calls the kubelet&apos;s API as system:anonymous; the flag wins over the configuration file. CIS Kubernetes Benchmark 4.2.1: set it to false. Given: %1.</source>
        <translation>Mit --anonymous-auth=true ruft jeder, der Port 10250 erreicht, die API des Kubelets als system:anonymous auf; das Flag geht der Konfigurationsdatei vor. CIS Kubernetes Benchmark 4.2.1: auf false setzen. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="305"/>
        <source>the kubelet authorizes every request %1 (--authorization-mode=AlwaysAllow)</source>
        <translation>das Kubelet erlaubt jede Anfrage %1 (--authorization-mode=AlwaysAllow)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="306"/>
        <source>AlwaysAllow lets every request the kubelet authenticates (every request, with anonymous auth on) read pods&apos; logs and exec into containers. CIS Kubernetes Benchmark 4.2.2: use Webhook, which asks the API server. Given: %1.</source>
        <translation>AlwaysAllow lässt jede Anfrage, die das Kubelet authentifiziert (mit anonymer Authentifizierung jede), Logs von Pods lesen und Befehle in Containern ausführen. CIS Kubernetes Benchmark 4.2.2: Webhook verwenden, das den API-Server fragt. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="312"/>
        <source>the kubelet serves its read-only port %1 (--read-only-port)</source>
        <translation>das Kubelet bedient seinen Nur-Lese-Port %1 (--read-only-port)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="313"/>
        <source>The read-only port serves the node&apos;s pods (their specs, environment values included) and metrics without authentication or authorization. CIS Kubernetes Benchmark 4.2.4: set it to 0. Given: %1.</source>
        <translation>Der Nur-Lese-Port liefert die Pods des Knotens (ihre Spezifikationen samt Umgebungswerten) und Metriken ohne Authentifizierung oder Autorisierung. CIS Kubernetes Benchmark 4.2.4: auf 0 setzen. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="319"/>
        <source>the kubelet may change the kernel&apos;s settings %1 (--protect-kernel-defaults)</source>
        <translation>das Kubelet darf Kernel-Einstellungen ändern %1 (--protect-kernel-defaults)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="320"/>
        <source>With --protect-kernel-defaults=false the kubelet changes kernel tunables it needs instead of failing when the node&apos;s hardening set them otherwise. CIS Kubernetes Benchmark 4.2.6: set it to true. Given: %1.</source>
        <translation>Mit --protect-kernel-defaults=false ändert das Kubelet Kernel-Parameter, die es braucht, statt abzubrechen, wenn die Härtung des Knotens sie anders gesetzt hat. CIS Kubernetes Benchmark 4.2.6: auf true setzen. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="326"/>
        <source>the kubelet leaves its iptables chains to others %1 (--make-iptables-util-chains)</source>
        <translation>das Kubelet überlässt seine iptables-Ketten anderen %1 (--make-iptables-util-chains)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="327"/>
        <source>With --make-iptables-util-chains=false the kubelet does not keep the iptables rules pods&apos; networking relies on in step with their settings. CIS Kubernetes Benchmark 4.2.7: set it to true. Given: %1.</source>
        <translation>Mit --make-iptables-util-chains=false hält das Kubelet die iptables-Regeln, auf denen das Netzwerk der Pods beruht, nicht im Einklang mit deren Einstellungen. CIS Kubernetes Benchmark 4.2.7: auf true setzen. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="333"/>
        <source>the kubelet&apos;s client certificate is not rotated %1 (--rotate-certificates)</source>
        <translation>das Client-Zertifikat des Kubelets wird nicht erneuert %1 (--rotate-certificates)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="334"/>
        <source>With --rotate-certificates=false the kubelet keeps its client certificate until it expires or someone replaces it by hand. CIS Kubernetes Benchmark 4.2.11: set it to true. Given: %1.</source>
        <translation>Mit --rotate-certificates=false behält das Kubelet sein Client-Zertifikat, bis es abläuft oder jemand es von Hand ersetzt. CIS Kubernetes Benchmark 4.2.11: auf true setzen. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="340"/>
        <source>the kubelet never closes idle exec and port-forward streams %1 (--streaming-connection-idle-timeout)</source>
        <translation>das Kubelet schließt untätige exec- und Port-Forward-Verbindungen nie %1 (--streaming-connection-idle-timeout)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="343"/>
        <source>A streaming idle timeout of 0 keeps exec, attach and port-forward connections open forever, however long they are unused. CIS Kubernetes Benchmark 4.2.5: give a timeout (the default is 4h). Given: %1.</source>
        <translation>Eine Leerlaufzeit von 0 hält exec-, attach- und Port-Forward-Verbindungen für immer offen, wie lange sie auch ungenutzt sind. CIS Kubernetes Benchmark 4.2.5: eine Zeitgrenze setzen (Vorgabe 4h). Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="349"/>
        <source>the kubelet&apos;s serving certificate rotation is switched off %1 (RotateKubeletServerCertificate)</source>
        <translation>die Erneuerung des Server-Zertifikats des Kubelets ist abgeschaltet %1 (RotateKubeletServerCertificate)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="352"/>
        <source>The feature gate RotateKubeletServerCertificate=false stops the kubelet from renewing the certificate it serves port 10250 with. CIS Kubernetes Benchmark 4.2.12: leave it on. Given: %1.</source>
        <translation>Das Feature-Gate RotateKubeletServerCertificate=false hindert das Kubelet daran, das Zertifikat zu erneuern, mit dem es Port 10250 bedient. CIS Kubernetes Benchmark 4.2.12: eingeschaltet lassen. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="358"/>
        <source>the kubelet accepts weak TLS cipher suites %1 (--tls-cipher-suites)</source>
        <translation>das Kubelet akzeptiert schwache TLS-Cipher-Suites %1 (--tls-cipher-suites)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="359"/>
        <source>RC4 and 3DES are broken and CBC suites are open to padding oracles; CIS Kubernetes Benchmark 4.2.13 lists only AES-GCM and ChaCha20-Poly1305 suites. Weak: %1.</source>
        <translation>RC4 und 3DES sind gebrochen, CBC-Suites sind für Padding-Oracle-Angriffe anfällig; CIS Kubernetes Benchmark 4.2.13 nennt nur AES-GCM- und ChaCha20-Poly1305-Suites. Schwach: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="364"/>
        <source>the kubelet&apos;s flags set authentication and authorization %1</source>
        <translation>die Flags des Kubelets setzen Authentifizierung und Autorisierung %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="365"/>
        <source>Evidence: the flags refuse anonymous requests, ask the API server (Webhook) whether a request is allowed, or name the CA that client certificates are verified against. Given: %1.</source>
        <translation>Nachweis: Die Flags weisen anonyme Anfragen ab, fragen den API-Server (Webhook), ob eine Anfrage erlaubt ist, oder nennen die CA, gegen die Client-Zertifikate geprüft werden. Gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="423"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="471"/>
        <source>the line is longer than %1 bytes; its words up to there are read, the rest is not</source>
        <translation>die Zeile ist länger als %1 Bytes; ihre Wörter bis dorthin werden gelesen, der Rest nicht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="436"/>
        <source>neither a systemd setting (Name=value) nor an assignment (NAME=value): %1</source>
        <translation>weder eine systemd-Einstellung (Name=Wert) noch eine Zuweisung (NAME=Wert): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="460"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="735"/>
        <source>Environment= with an unclosed quote: %1</source>
        <translation>Environment= mit nicht geschlossenem Anführungszeichen: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="468"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="744"/>
        <source>Environment= takes NAME=value words, not &quot;%1&quot;</source>
        <translation>Environment= nimmt Wörter NAME=Wert, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="500"/>
        <source>ExecStart= with an unclosed quote: %1</source>
        <translation>ExecStart= mit nicht geschlossenem Anführungszeichen: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="518"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="584"/>
        <source>%1= with an unclosed quote: %2</source>
        <translation>%1= mit nicht geschlossenem Anführungszeichen: %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="619"/>
        <source>&quot;%1&quot; on the kubelet&apos;s command line is no flag: the kubelet refuses to start with it</source>
        <translation>„%1“ in der Befehlszeile des Kubelets ist kein Flag: damit startet das Kubelet nicht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="622"/>
        <source>&quot;%1&quot; after &quot;%2&quot; on the kubelet&apos;s command line is no flag (a boolean flag takes its value only as --name=value): the kubelet refuses to start with it</source>
        <translation>„%1“ nach „%2“ in der Befehlszeile des Kubelets ist kein Flag (ein boolesches Flag nimmt seinen Wert nur als --name=Wert): damit startet das Kubelet nicht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="687"/>
        <source>the kubelet&apos;s command line and the variables it names come to more than %1 words, a variable&apos;s each time it is named; the flags past them are not read</source>
        <translation>die Befehlszeile des Kubelets und die Variablen, die sie nennt, ergeben mehr als %1 Wörter, die einer Variablen jedes Mal, wenn sie genannt wird; die Flags danach werden nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="745"/>
        <source>flags and assignments</source>
        <translation>Flags und Zuweisungen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="880"/>
        <source>Kubelet flags (systemd unit, kubeadm-flags.env)</source>
        <translation>Kubelet-Flags (systemd-Unit, kubeadm-flags.env)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="915"/>
        <location filename="../core/import/importers/NodeLoggingImporter.cpp" line="900"/>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="706"/>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="511"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="1098"/>
        <source>%1: the file holds no setting, only comments</source>
        <translation>%1: Die Datei enthält keine Einstellung, nur Kommentare</translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeletFlagsImporter.cpp" line="916"/>
        <source>no systemd setting or environment assignment found</source>
        <translation>keine systemd-Einstellung und keine Umgebungszuweisung gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/PasswordPolicyImporter.cpp" line="707"/>
        <source>no password policy setting or PAM rule found</source>
        <translation>Keine Einstellung einer Passwortrichtlinie und keine PAM-Regel gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshdConfigImporter.cpp" line="512"/>
        <source>no sshd setting found</source>
        <translation>Keine sshd-Einstellung gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="281"/>
        <source>not a key (&quot;[options] type base64 [comment]&quot; with a type such as ssh-ed25519 or ssh-rsa)</source>
        <translation>kein Schlüssel (&quot;[Optionen] Typ Base64 [Kommentar]&quot; mit einem Typ wie ssh-ed25519 oder ssh-rsa)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="286"/>
        <source>the %1 key does not decode (damaged, cut, or of another type than it says)</source>
        <translation>der %1-Schlüssel lässt sich nicht dekodieren (beschädigt, abgeschnitten oder von anderem Typ als angegeben)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="301"/>
        <source>an account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="329"/>
        <source>The key %1 is in %2&apos;s authorized_keys twice %3</source>
        <translation>Der Schlüssel %1 steht zweimal in den authorized_keys von %2 %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="330"/>
        <source>A key listed twice, perhaps with other options, makes the file harder to review: the first line that matches is the one sshd uses.</source>
        <translation>Ein doppelt aufgeführter Schlüssel, womöglich mit anderen Optionen, erschwert die Prüfung der Datei: sshd verwendet die erste passende Zeile.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="338"/>
        <source>A %1-bit %2 key (%3) opens %4 %5</source>
        <translation>Ein %2-Schlüssel mit %1 Bit (%3) öffnet %4 %5</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="341"/>
        <source>DSA keys are 1024 bits and OpenSSH has refused them by default since 7.0; RSA under 2048 bits is below NIST&apos;s minimum. Replace the key with an Ed25519 one.</source>
        <translation>DSA-Schlüssel haben 1024 Bit, und OpenSSH lehnt sie seit 7.0 standardmäßig ab; RSA unter 2048 Bit liegt unter dem Minimum des NIST. Ersetzen Sie den Schlüssel durch einen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="345"/>
        <source>The key %1 logs in as root %2</source>
        <translation>Der Schlüssel %1 meldet als root an %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="346"/>
        <source>A key in root&apos;s authorized_keys logs in as root directly, if sshd lets root log in (PermitRootLogin): the logs then name root, not the person holding the key.</source>
        <translation>Ein Schlüssel in den authorized_keys von root meldet direkt als root an, sofern sshd root hereinlässt (PermitRootLogin): Die Logs nennen dann root, nicht die Person mit dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="361"/>
        <source>ssh authorized keys (~/.ssh/authorized_keys)</source>
        <translation>Autorisierte ssh-Schlüssel (~/.ssh/authorized_keys)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="390"/>
        <source>%1: the file holds no key, only comments</source>
        <translation>%1: Die Datei enthält keinen Schlüssel, nur Kommentare</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SshKeysImporter.cpp" line="391"/>
        <source>no ssh key found</source>
        <translation>Kein ssh-Schlüssel gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="232"/>
        <source>not an anacron job (period, delay, job id, command) or an environment setting: %1</source>
        <translation>weder ein anacron-Job (Periode, Verzögerung, Job-ID, Befehl) noch eine Umgebungseinstellung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="243"/>
        <source>&quot;%1&quot; is none of cron&apos;s @reboot, @hourly, @daily, @weekly, @monthly, @yearly, @annually, @midnight</source>
        <translation>„%1“ ist keines der @reboot, @hourly, @daily, @weekly, @monthly, @yearly, @annually, @midnight von cron</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="254"/>
        <source>too few fields: a job has five time fields, %1a command</source>
        <translation>zu wenige Felder: ein Job hat fünf Zeitfelder, %1einen Befehl</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="255"/>
        <source>a user, </source>
        <translation>einen Benutzer, </translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="260"/>
        <source>not a job or an environment setting: %1</source>
        <translation>weder ein Job noch eine Umgebungseinstellung: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="261"/>
        <source>&quot;%1&quot; is no time field</source>
        <translation>„%1“ ist kein Zeitfeld</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="265"/>
        <source>minute (0-59)</source>
        <translation>Minute (0-59)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="266"/>
        <source>hour (0-23)</source>
        <translation>Stunde (0-23)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="267"/>
        <source>day of the month (1-31)</source>
        <translation>Tag des Monats (1-31)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="268"/>
        <source>month (1-12, jan-dec)</source>
        <translation>Monat (1-12, jan-dec)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="269"/>
        <source>day of the week (0-7, sun-sat)</source>
        <translation>Wochentag (0-7, sun-sat)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="271"/>
        <source>&quot;%1&quot; is out of the %2&apos;s range, or a step of 0</source>
        <translation>„%1“ liegt außerhalb des Bereichs für %2, oder eine Schrittweite von 0</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="280"/>
        <source>too few fields: no user and no command after the schedule</source>
        <translation>zu wenige Felder: kein Benutzer und kein Befehl nach dem Zeitplan</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="286"/>
        <source>no command after the schedule</source>
        <translation>kein Befehl nach dem Zeitplan</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="355"/>
        <source>a cron job of %1 downloads code and runs it %2</source>
        <translation>ein Cron-Job von %1 lädt Code herunter und führt ihn aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="356"/>
        <source>The job fetches a file with curl or wget and runs it at once (piped to a shell, or made executable): whoever controls that address runs what they like on the node, on every run. Intruders keep their foothold this way (MITRE ATT&amp;CK T1053.003). Find out who added the job and what the address serves. The command: %1</source>
        <translation>Der Job holt eine Datei mit curl oder wget und führt sie sofort aus (an eine Shell geleitet oder ausführbar gemacht): Wer diese Adresse kontrolliert, führt bei jedem Lauf auf dem Node aus, was er will. So halten Angreifer ihren Zugang (MITRE ATT&amp;CK T1053.003). Klären Sie, wer den Job angelegt hat und was die Adresse ausliefert. Der Befehl: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="363"/>
        <source>a cron job of %1 opens a reverse shell %2</source>
        <translation>ein Cron-Job von %1 öffnet eine Reverse Shell %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="364"/>
        <source>The job connects a shell to a remote address (/dev/tcp, nc -e, socat exec:, a python or perl one-liner with a socket): whoever listens there gets a shell on the node, again on every run. No administration task does this; treat the node as compromised. The command: %1</source>
        <translation>Der Job verbindet eine Shell mit einer entfernten Adresse (/dev/tcp, nc -e, socat exec:, ein Python- oder Perl-Einzeiler mit einem Socket): Wer dort lauscht, bekommt bei jedem Lauf erneut eine Shell auf dem Node. Keine Verwaltungsaufgabe tut das; behandeln Sie den Node als kompromittiert. Der Befehl: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="370"/>
        <source>a cron job of %1 runs an encoded payload %2</source>
        <translation>ein Cron-Job von %1 führt eine kodierte Nutzlast aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="371"/>
        <source>The job decodes base64 and hands the result to a shell: what runs is hidden from whoever reads the crontab, the way malware hides its commands. Decode the text to see what it runs. The command: %1</source>
        <translation>Der Job dekodiert Base64 und übergibt das Ergebnis einer Shell: Was läuft, bleibt dem Leser der Crontab verborgen, so wie Schadsoftware ihre Befehle versteckt. Dekodieren Sie den Text, um zu sehen, was er ausführt. Der Befehl: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="377"/>
        <source>a cron job of %1 runs a program from a temporary or hidden folder %2</source>
        <translation>ein Cron-Job von %1 führt ein Programm aus einem temporären oder versteckten Ordner aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="378"/>
        <source>The job runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder: any user can write there, and intruders drop their tools there. Installed software lives in /usr or /opt. Check what the program is and who put it there. The command: %1</source>
        <translation>Der Job führt ein Programm aus /tmp, /var/tmp, /dev/shm oder einem versteckten Ordner aus: Dort kann jeder Benutzer schreiben, und Angreifer legen dort ihre Werkzeuge ab. Installierte Software liegt in /usr oder /opt. Prüfen Sie, was das Programm ist und wer es dort abgelegt hat. Der Befehl: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="384"/>
        <source>a cron job of %1 runs every minute %2</source>
        <translation>ein Cron-Job von %1 läuft jede Minute %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="385"/>
        <source>A job every minute (* * * * *) is worth a look: monitoring does it, and so do miners and implants that come back as soon as they are killed. The command: %1</source>
        <translation>Ein Job, der jede Minute läuft (* * * * *), ist einen Blick wert: Überwachung tut das, aber ebenso Miner und Implantate, die zurückkommen, sobald sie beendet werden. Der Befehl: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="532"/>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="538"/>
        <location filename="../core/import/importers/CronImporter.cpp" line="562"/>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="582"/>
        <source>Cron tables (crontab, cron.d, spool)</source>
        <translation>Cron-Tabellen (crontab, cron.d, spool)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="604"/>
        <source>%1: the file holds no job or setting, only comments</source>
        <translation>%1: Die Datei enthält keinen Job und keine Einstellung, nur Kommentare</translation>
    </message>
    <message>
        <location filename="../core/import/importers/CronImporter.cpp" line="605"/>
        <source>no cron job or environment setting found</source>
        <translation>Kein Cron-Job und keine Umgebungseinstellung gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="200"/>
        <source>the systemd unit %1 opens a reverse shell %2</source>
        <translation>die systemd-Unit %1 öffnet eine Reverse Shell %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="201"/>
        <source>The unit connects a shell to a remote address (/dev/tcp, nc -e, socat exec:, a python or perl one-liner with a socket): whoever listens there gets a shell on the node each time systemd starts the unit, and with Restart= again whenever it ends. No service does this; treat the node as compromised (MITRE ATT&amp;CK T1543.002). %1</source>
        <translation>Die Unit verbindet eine Shell mit einer entfernten Adresse (/dev/tcp, nc -e, socat exec:, ein Python- oder Perl-Einzeiler mit einem Socket): Wer dort lauscht, bekommt bei jedem Start der Unit eine Shell auf dem Node, mit Restart= erneut, sobald sie endet. Kein Dienst tut das; behandeln Sie den Node als kompromittiert (MITRE ATT&amp;CK T1543.002). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="208"/>
        <source>the systemd unit %1 downloads code and runs it %2</source>
        <translation>die systemd-Unit %1 lädt Code herunter und führt ihn aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="209"/>
        <source>The unit fetches a file with curl or wget and runs it at once (piped to a shell, or made executable): whoever controls that address runs what they like on the node, as the unit&apos;s user (root unless User= says otherwise), each time the unit starts. Intruders keep their foothold this way (MITRE ATT&amp;CK T1543.002, with a timer T1053.006). Find out who installed the unit and what the address serves. %1</source>
        <translation>Die Unit holt eine Datei mit curl oder wget und führt sie sofort aus (an eine Shell geleitet oder ausführbar gemacht): Wer diese Adresse kontrolliert, führt bei jedem Start der Unit auf dem Node aus, was er will, als Benutzer der Unit (root, sofern User= nichts anderes sagt). So halten Angreifer ihren Zugang (MITRE ATT&amp;CK T1543.002, mit einem Timer T1053.006). Klären Sie, wer die Unit installiert hat und was die Adresse ausliefert. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="217"/>
        <source>the systemd unit %1 runs an encoded payload %2</source>
        <translation>die systemd-Unit %1 führt eine kodierte Nutzlast aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="218"/>
        <source>The unit decodes base64 and hands the result to a shell: what runs is hidden from whoever reads the unit, the way malware hides its commands. Decode the text to see what it runs. %1</source>
        <translation>Die Unit dekodiert Base64 und übergibt das Ergebnis einer Shell: Was läuft, bleibt dem Leser der Unit verborgen, so wie Schadsoftware ihre Befehle versteckt. Dekodieren Sie den Text, um zu sehen, was er ausführt. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="223"/>
        <source>the systemd unit %1 runs a program from a temporary or hidden folder %2</source>
        <translation>die systemd-Unit %1 führt ein Programm aus einem temporären oder versteckten Ordner aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="224"/>
        <source>The unit runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder: any user can write to the first three, a hidden folder escapes a casual look, and intruders drop their tools in both. Installed services run programs from /usr or /opt. Check what the program is and who put it there. %1</source>
        <translation>Die Unit führt ein Programm aus /tmp, /var/tmp, /dev/shm oder einem versteckten Ordner aus: In die ersten drei kann jeder Benutzer schreiben, ein versteckter Ordner entgeht einem flüchtigen Blick, und Angreifer legen in beiden ihre Werkzeuge ab. Installierte Dienste führen Programme aus /usr oder /opt aus. Prüfen Sie, was das Programm ist und wer es dort abgelegt hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="231"/>
        <source>the systemd unit %1 serves a shell on a socket %2</source>
        <translation>die systemd-Unit %1 stellt eine Shell an einem Socket bereit %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="232"/>
        <source>StandardInput=socket hands the service the connection its socket unit accepts, and the service&apos;s program is a shell that reads its commands from there: whoever connects to the socket&apos;s port gets a shell on the node, as the service&apos;s user (root unless User= says otherwise), with no password. No service does this; treat the node as compromised (MITRE ATT&amp;CK T1543.002). Find the .socket unit that starts it and what it listens on. %1</source>
        <translation>StandardInput=socket übergibt dem Dienst die Verbindung, die seine Socket-Unit annimmt, und das Programm des Dienstes ist eine Shell, die ihre Befehle von dort liest: Wer sich mit dem Port des Sockets verbindet, erhält eine Shell auf dem Knoten, als Benutzer des Dienstes (root, sofern User= nichts anderes sagt), ohne Passwort. Kein Dienst tut das; behandeln Sie den Knoten als kompromittiert (MITRE ATT&amp;CK T1543.002). Suchen Sie die .socket-Unit, die ihn startet, und worauf sie lauscht. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="240"/>
        <source>the user unit %1 runs a shell one-liner %2</source>
        <translation>die Benutzer-Unit %1 führt einen Shell-Einzeiler aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="241"/>
        <source>A unit in a user&apos;s own systemd folder (~/.config/systemd/user) starts with that user&apos;s session, or at boot when the user lingers, without root and outside the packages&apos; units. A script written inline on its command line (sh -c, python -c …) is how intruders keep a foothold in an account they took over (MITRE ATT&amp;CK T1543.002). Check what the script does and whether the user wrote it. %1</source>
        <translation>Eine Unit im eigenen systemd-Ordner eines Benutzers (~/.config/systemd/user) startet mit dessen Sitzung, oder beim Booten, wenn Lingering für ihn aktiv ist, ohne root und außerhalb der Units der Pakete. Ein direkt in die Befehlszeile geschriebenes Skript (sh -c, python -c …) ist die Art, wie Angreifer sich in einem übernommenen Konto festsetzen (MITRE ATT&amp;CK T1543.002). Prüfen Sie, was das Skript tut und ob der Benutzer es geschrieben hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="249"/>
        <source>the systemd unit %1 preloads a library into its programs %2</source>
        <translation>die systemd-Unit %1 lädt eine Bibliothek vorab in ihre Programme %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="250"/>
        <source>Environment=LD_PRELOAD makes every program the unit starts load the library first: rootkits hide processes, files and connections this way (MITRE ATT&amp;CK T1574.006). A memory allocator (jemalloc, tcmalloc) is the usual harmless case; for anything else, check where the library came from. %1</source>
        <translation>Environment=LD_PRELOAD lässt jedes Programm, das die Unit startet, zuerst die Bibliothek laden: So verstecken Rootkits Prozesse, Dateien und Verbindungen (MITRE ATT&amp;CK T1574.006). Ein Speicherallokator (jemalloc, tcmalloc) ist der übliche harmlose Fall; bei allem anderen prüfen Sie, woher die Bibliothek stammt. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="257"/>
        <source>the systemd timer %1 fires every minute %2</source>
        <translation>der systemd-Timer %1 löst jede Minute aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="258"/>
        <source>A timer that fires every minute or more often is worth a look: monitoring does it, and so do miners and implants that come back as soon as they are killed (MITRE ATT&amp;CK T1053.006). %1</source>
        <translation>Ein Timer, der jede Minute oder öfter auslöst, ist einen Blick wert: Überwachung tut das, aber ebenso Miner und Implantate, die zurückkommen, sobald sie beendet werden (MITRE ATT&amp;CK T1053.006). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="280"/>
        <source>auditd can never start: the node keeps no audit trail</source>
        <translation>auditd kann nie starten: Der Knoten führt keinen Audit-Trail</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="282"/>
        <source>journald can never start: the node&apos;s journal, and the logs it hands to syslog, stop</source>
        <translation>journald kann nie starten: Das Journal des Knotens und die Logs, die es an syslog weitergibt, enden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="286"/>
        <source>journald&apos;s socket is never opened: the services&apos; logs no longer reach the journal</source>
        <translation>Der Socket von journald wird nie geöffnet: Die Logs der Dienste erreichen das Journal nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="290"/>
        <source>journald&apos;s /dev/log socket is never opened: what programs log through syslog() no longer reaches the journal</source>
        <translation>Der /dev/log-Socket von journald wird nie geöffnet: Was Programme über syslog() protokollieren, erreicht das Journal nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="294"/>
        <source>journald no longer reads the kernel&apos;s audit records: without auditd, they are kept nowhere</source>
        <translation>journald liest die Audit-Datensätze des Kernels nicht mehr: Ohne auditd werden sie nirgends aufbewahrt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="298"/>
        <source>rsyslog can never start: the node writes no /var/log files of syslog and forwards no logs</source>
        <translation>rsyslog kann nie starten: Der Knoten schreibt keine syslog-Dateien unter /var/log und leitet keine Logs weiter</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="302"/>
        <source>syslog-ng can never start: the node writes no syslog files and forwards no logs</source>
        <translation>syslog-ng kann nie starten: Der Knoten schreibt keine syslog-Dateien und leitet keine Logs weiter</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="306"/>
        <source>CrowdStrike&apos;s Falcon sensor can never start: the node has no EDR</source>
        <translation>Der Falcon-Sensor von CrowdStrike kann nie starten: Der Knoten hat kein EDR</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="308"/>
        <source>Filebeat can never start: the node&apos;s logs are no longer shipped off it</source>
        <translation>Filebeat kann nie starten: Die Logs des Knotens werden nicht mehr von ihm weggeschickt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="310"/>
        <source>Auditbeat can never start: the node&apos;s audit events are no longer shipped off it</source>
        <translation>Auditbeat kann nie starten: Die Audit-Ereignisse des Knotens werden nicht mehr von ihm weggeschickt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="314"/>
        <source>Fluent Bit can never start: the node&apos;s logs are no longer shipped off it</source>
        <translation>Fluent Bit kann nie starten: Die Logs des Knotens werden nicht mehr von ihm weggeschickt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="316"/>
        <source>Fluent Bit (td-agent-bit) can never start: the node&apos;s logs are no longer shipped off it</source>
        <translation>Fluent Bit (td-agent-bit) kann nie starten: Die Logs des Knotens werden nicht mehr von ihm weggeschickt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="320"/>
        <source>the Wazuh agent can never start: the node&apos;s logs and file changes are no longer watched</source>
        <translation>der Wazuh-Agent kann nie starten: Die Logs und Dateiänderungen des Knotens werden nicht mehr überwacht</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="324"/>
        <source>osqueryd can never start: the node&apos;s state is no longer queried or logged</source>
        <translation>osqueryd kann nie starten: Der Zustand des Knotens wird nicht mehr abgefragt oder protokolliert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="326"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="328"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="330"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="332"/>
        <source>Falco can never start: no runtime alert comes from the node</source>
        <translation>Falco kann nie starten: Vom Knoten kommt kein Laufzeitalarm</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="334"/>
        <source>the Sysdig agent can never start: no runtime alert comes from the node</source>
        <translation>der Sysdig-Agent kann nie starten: Vom Knoten kommt kein Laufzeitalarm</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="336"/>
        <source>AppArmor&apos;s profiles are not loaded at boot: the programs they confine run unconfined</source>
        <translation>Die Profile von AppArmor werden beim Booten nicht geladen: Die Programme, die sie einschränken, laufen uneingeschränkt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="340"/>
        <source>fail2ban can never start: password guessing against the node is no longer blocked</source>
        <translation>fail2ban kann nie starten: Das Erraten von Passwörtern gegen den Knoten wird nicht mehr blockiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="344"/>
        <source>AIDE&apos;s daily check never runs: changed system files go unnoticed</source>
        <translation>Die tägliche Prüfung von AIDE läuft nie: Geänderte Systemdateien bleiben unbemerkt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="346"/>
        <source>AIDE&apos;s check never runs: changed system files go unnoticed</source>
        <translation>Die Prüfung von AIDE läuft nie: Geänderte Systemdateien bleiben unbemerkt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="348"/>
        <source>freshclam never runs: ClamAV&apos;s signatures grow old</source>
        <translation>freshclam läuft nie: Die Signaturen von ClamAV veralten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="350"/>
        <source>ClamAV&apos;s scanner can never start</source>
        <translation>Der Scanner von ClamAV kann nie starten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="352"/>
        <source>unattended-upgrades can never start: security updates are no longer installed on their own</source>
        <translation>unattended-upgrades kann nie starten: Sicherheitsupdates werden nicht mehr von selbst installiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="356"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="360"/>
        <source>APT&apos;s daily upgrade never runs: security updates are no longer installed on their own</source>
        <translation>Das tägliche Upgrade von APT läuft nie: Sicherheitsupdates werden nicht mehr von selbst installiert</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="364"/>
        <source>chrony can never start: the node&apos;s clock drifts, and with it the times of its logs</source>
        <translation>chrony kann nie starten: Die Uhr des Knotens driftet und mit ihr die Zeiten seiner Logs</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="368"/>
        <source>chronyd can never start: the node&apos;s clock drifts, and with it the times of its logs</source>
        <translation>chronyd kann nie starten: Die Uhr des Knotens driftet und mit ihr die Zeiten seiner Logs</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="372"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="376"/>
        <source>ntpd can never start: the node&apos;s clock drifts, and with it the times of its logs</source>
        <translation>ntpd kann nie starten: Die Uhr des Knotens driftet und mit ihr die Zeiten seiner Logs</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="380"/>
        <source>systemd-timesyncd can never start: unless chrony or ntpd keeps the time (the usual reason to mask it), the node&apos;s clock drifts, and with it the times of its logs</source>
        <translation>systemd-timesyncd kann nie starten: Sofern nicht chrony oder ntpd die Zeit hält (der übliche Grund, ihn zu maskieren), driftet die Uhr des Knotens und mit ihr die Zeiten seiner Logs</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="480"/>
        <source>neither a section header ([Service]) nor a setting (Name=value): %1</source>
        <translation>weder eine Abschnittsüberschrift ([Service]) noch eine Einstellung (Name=Wert): %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="485"/>
        <source>the section header %1 is not closed with &apos;]&apos;: systemd refuses to load the unit</source>
        <translation>die Abschnittsüberschrift %1 ist nicht mit &apos;]&apos; geschlossen: systemd verweigert das Laden der Unit</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="496"/>
        <source>a setting before any section header: systemd ignores it: %1</source>
        <translation>eine Einstellung vor jeder Abschnittsüberschrift: systemd ignoriert sie: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="512"/>
        <source>[%1] is no section of systemd&apos;s: it ignores the settings in it</source>
        <translation>[%1] ist kein Abschnitt von systemd: Es ignoriert die Einstellungen darin</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="563"/>
        <source>%1= on line %2 of %3: %4</source>
        <translation>%1= in Zeile %2 von %3: %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="618"/>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="892"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="717"/>
        <source>%1= on line %2 of %3, with its variables: %4</source>
        <translation>%1= in Zeile %2 von %3, mit seinen Variablen: %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="720"/>
        <source>%1= on line %2 of %3, with its specifiers (%4): %5</source>
        <translation>%1= in Zeile %2 von %3, mit seinen systemd-Platzhaltern (%4): %5</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="722"/>
        <source>%1= on line %2 of %3, with its specifiers (%4) and variables: %5</source>
        <translation>%1= in Zeile %2 von %3, mit seinen systemd-Platzhaltern (%4) und Variablen: %5</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="794"/>
        <source>an unclosed quote: %1</source>
        <translation>ein nicht geschlossenes Anführungszeichen: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="890"/>
        <source>a link to /dev/null</source>
        <translation>ein Link auf /dev/null</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="890"/>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="893"/>
        <source>the systemd unit %1 is masked %2</source>
        <translation>die systemd-Unit %1 ist maskiert %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="901"/>
        <source>%1 is %2, which systemd reads as the unit masked (systemctl mask links it to /dev/null): systemd never starts the unit, at boot or by hand, whatever its package&apos;s file says, until it is unmasked. Administrators switch units off for good this way; check that this one was meant to be.</source>
        <translation>%1 ist %2, was systemd als maskierte Unit liest (systemctl mask verlinkt sie auf /dev/null): systemd startet die Unit nie, weder beim Booten noch von Hand, gleich was die Datei ihres Pakets sagt, bis sie wieder demaskiert wird. Administratoren schalten Units so endgültig ab; prüfen Sie, ob das bei dieser beabsichtigt war.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="914"/>
        <source>%1 is %2, which systemd reads as the unit masked (systemctl mask links it to /dev/null): %3. systemd refuses to start a masked unit, at boot or by hand, whatever its package&apos;s file says, until it is unmasked. Masking a node&apos;s logging or defences is a known way to switch them off unseen (MITRE ATT&amp;CK T1562.001, Impair Defenses); find out who masked it and when (the link&apos;s time, the node&apos;s journal).</source>
        <translation>%1 ist %2, was systemd als maskierte Unit liest (systemctl mask verlinkt sie auf /dev/null): %3. systemd verweigert den Start einer maskierten Unit, beim Booten wie von Hand, gleich was die Datei ihres Pakets sagt, bis sie wieder demaskiert wird. Protokollierung oder Abwehr eines Knotens zu maskieren ist ein bekannter Weg, sie unbemerkt abzuschalten (MITRE ATT&amp;CK T1562.001, Impair Defenses); klären Sie, wer sie wann maskiert hat (die Zeit des Links, das Journal des Knotens).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="1029"/>
        <source>systemd units (service, timer, socket, path, drop-ins)</source>
        <translation>systemd-Units (Service, Timer, Socket, Path, Drop-ins)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/SystemdUnitImporter.cpp" line="1099"/>
        <source>no systemd section or setting found</source>
        <translation>kein systemd-Abschnitt und keine Einstellung gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="99"/>
        <source>the script %1 opens a reverse shell %2</source>
        <translation>das Skript %1 öffnet eine Reverse Shell %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="100"/>
        <source>The script connects a shell to a remote address (/dev/tcp, nc -e, socat exec:, a python or perl one-liner with a socket): whoever listens there gets a shell on the node each time the script runs. No start-up file does this; treat the node as compromised (MITRE ATT&amp;CK T1037.004, T1546.004). %1</source>
        <translation>Das Skript verbindet eine Shell mit einer entfernten Adresse (/dev/tcp, nc -e, socat exec:, ein Python- oder Perl-Einzeiler mit einem Socket): Wer dort lauscht, bekommt bei jedem Lauf des Skripts eine Shell auf dem Node. Keine Startdatei tut das; behandeln Sie den Node als kompromittiert (MITRE ATT&amp;CK T1037.004, T1546.004). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="107"/>
        <source>the script %1 downloads code and runs it %2</source>
        <translation>das Skript %1 lädt Code herunter und führt ihn aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="108"/>
        <source>The script fetches a file with curl or wget and runs it at once (piped to a shell, or saved, made executable and run): whoever controls that address runs what they like on the node each time the script runs. Intruders keep their foothold this way. Find out who changed the script and what the address serves. %1</source>
        <translation>Das Skript holt eine Datei mit curl oder wget und führt sie sofort aus (per Pipe an eine Shell, oder gespeichert, ausführbar gemacht und gestartet): Wer diese Adresse kontrolliert, führt bei jedem Lauf des Skripts auf dem Node aus, was er will. So halten Angreifer ihren Zugang. Klären Sie, wer das Skript geändert hat und was die Adresse ausliefert. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="115"/>
        <source>the script %1 runs an encoded payload %2</source>
        <translation>das Skript %1 führt eine kodierte Nutzlast aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="116"/>
        <source>The script decodes base64 and hands the result to a shell: what runs is hidden from whoever reads the script, the way malware hides its commands. Decode the text to see what it runs. %1</source>
        <translation>Das Skript dekodiert Base64 und übergibt das Ergebnis einer Shell: Was läuft, bleibt dem Leser des Skripts verborgen, so wie Schadsoftware ihre Befehle versteckt. Dekodieren Sie den Text, um zu sehen, was er ausführt. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="121"/>
        <source>the script %1 runs a program from a temporary or hidden folder %2</source>
        <translation>das Skript %1 führt ein Programm aus einem temporären oder versteckten Ordner aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="122"/>
        <source>The script runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder: any user can write to the first three, a hidden folder escapes a casual look, and intruders drop their tools in both. Installed software lives in /usr or /opt. Check what the program is and who put it there. %1</source>
        <translation>Das Skript führt ein Programm aus /tmp, /var/tmp, /dev/shm oder einem versteckten Ordner aus: In die ersten drei kann jeder Benutzer schreiben, ein versteckter Ordner entgeht einem flüchtigen Blick, und Angreifer legen in beiden ihre Werkzeuge ab. Installierte Software liegt in /usr oder /opt. Prüfen Sie, was das Programm ist und wer es dort abgelegt hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="129"/>
        <source>the script %1 aliases a login command to something else %2</source>
        <translation>das Skript %1 leitet einen Anmeldebefehl per Alias auf etwas anderes um %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="130"/>
        <source>An alias makes sudo, su, ssh or passwd run something other than the program of that name in every shell that reads the file: the way intruders capture the passwords typed into them (read -s, a copy to a file, then the real program, so nothing looks wrong) (MITRE ATT&amp;CK T1546.004, T1056). Read what the alias runs; change the passwords typed since. %1</source>
        <translation>Ein Alias lässt sudo, su, ssh oder passwd in jeder Shell, die die Datei liest, etwas anderes ausführen als das Programm dieses Namens: So fangen Angreifer die dort eingegebenen Passwörter ab (read -s, eine Kopie in eine Datei, dann das echte Programm, damit nichts auffällt) (MITRE ATT&amp;CK T1546.004, T1056). Lesen Sie, was der Alias ausführt; ändern Sie die seither eingegebenen Passwörter. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="137"/>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="188"/>
        <source>the script %1 runs a network or temporary program before every prompt %2</source>
        <translation>das Skript %1 führt vor jeder Eingabeaufforderung ein Netzwerk- oder temporäres Programm aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="138"/>
        <source>PROMPT_COMMAND runs before the shell shows each prompt: set to a network program (curl, wget, nc, socat …) or one from a temporary or hidden folder, it sends what users type away or restarts an implant at every command line, unseen (MITRE ATT&amp;CK T1546.004). A prompt needs neither. %1</source>
        <translation>PROMPT_COMMAND läuft, bevor die Shell jede Eingabeaufforderung zeigt: Auf ein Netzwerkprogramm (curl, wget, nc, socat …) oder eines aus einem temporären oder versteckten Ordner gesetzt, schickt es unbemerkt fort, was Benutzer eingeben, oder startet bei jeder Befehlszeile ein Implantat neu (MITRE ATT&amp;CK T1546.004). Eine Eingabeaufforderung braucht keines von beiden. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="145"/>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="198"/>
        <source>the script %1 runs a network or temporary program before every command %2</source>
        <translation>das Skript %1 führt vor jedem Befehl ein Netzwerk- oder temporäres Programm aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="146"/>
        <source>A DEBUG trap runs before every command the shell runs, with the command in $BASH_COMMAND: one that runs a network program or one from a temporary or hidden folder logs or sends away every command users type, sudo&apos;s included (MITRE ATT&amp;CK T1546.004). %1</source>
        <translation>Ein DEBUG-Trap läuft vor jedem Befehl, den die Shell ausführt, mit dem Befehl in $BASH_COMMAND: Einer, der ein Netzwerkprogramm oder eines aus einem temporären oder versteckten Ordner ausführt, protokolliert jeden von Benutzern eingegebenen Befehl oder schickt ihn fort, die von sudo eingeschlossen (MITRE ATT&amp;CK T1546.004). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="152"/>
        <source>the script %1 writes an ssh key into %2 %3</source>
        <translation>das Skript %1 schreibt einen SSH-Schlüssel in %2 %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="153"/>
        <source>The script adds to an authorized_keys file each time it runs: a key put back there opens the account to whoever holds it again after every cleanup, and one fetched from an address to whoever controls that address (MITRE ATT&amp;CK T1098.004). Find out whose key it is and who changed the script. %1</source>
        <translation>Das Skript ergänzt bei jedem Lauf eine authorized_keys-Datei: Ein dort wieder eingetragener Schlüssel öffnet das Konto nach jeder Bereinigung erneut für seinen Inhaber, einer, der von einer Adresse geholt wird, für jeden, der diese Adresse kontrolliert (MITRE ATT&amp;CK T1098.004). Klären Sie, wessen Schlüssel es ist und wer das Skript geändert hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="160"/>
        <source>the script %1 preloads a library into programs %2</source>
        <translation>das Skript %1 lädt eine Bibliothek vorab in Programme %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="161"/>
        <source>LD_PRELOAD, or a library written into /etc/ld.so.preload, makes programs load the library before their own: rootkits hide processes, files and connections this way and capture what programs read (MITRE ATT&amp;CK T1574.006). A memory allocator (jemalloc, tcmalloc) is the usual harmless case; for anything else, check where the library came from. %1</source>
        <translation>LD_PRELOAD oder eine in /etc/ld.so.preload eingetragene Bibliothek lässt Programme diese Bibliothek vor ihren eigenen laden: So verstecken Rootkits Prozesse, Dateien und Verbindungen und greifen ab, was Programme lesen (MITRE ATT&amp;CK T1574.006). Ein Speicherallokator (jemalloc, tcmalloc) ist der übliche harmlose Fall; bei allem anderen prüfen Sie, woher die Bibliothek stammt. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="168"/>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="206"/>
        <source>the script %1 turns off the shell history of every user %2</source>
        <translation>das Skript %1 schaltet den Shell-Verlauf aller Benutzer ab %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="169"/>
        <source>A file every user&apos;s shell reads sends the history to /dev/null, unsets HISTFILE or sets its size to 0: the commands typed on the node are no longer kept, the way intruders cover their tracks (MITRE ATT&amp;CK T1562.003). A hardening baseline may do it on purpose; otherwise ask who did. %1</source>
        <translation>Eine Datei, die die Shell jedes Benutzers liest, leitet den Verlauf nach /dev/null, entfernt HISTFILE oder setzt seine Größe auf 0: Die auf dem Node eingegebenen Befehle werden nicht mehr aufbewahrt, so wie Angreifer ihre Spuren verwischen (MITRE ATT&amp;CK T1562.003). Eine Härtungsvorgabe kann das absichtlich tun; andernfalls fragen Sie nach, wer es war. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="178"/>
        <source>the script %1 replaces a login command with a function %2</source>
        <translation>das Skript %1 ersetzt einen Anmeldebefehl durch eine Funktion %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="179"/>
        <source>A fish function named sudo, su, ssh or passwd runs in place of the program of that name in every fish that defines it (a file ~/.config/fish/functions/sudo.fish is loaded the first time sudo is typed): one that reads what is typed (read -s) or runs another program first is the way intruders capture the passwords typed into them, before handing over to the real program so nothing looks wrong (MITRE ATT&amp;CK T1546.004, T1056). Read what the function runs; change the passwords typed since. %1</source>
        <translation>Eine fish-Funktion namens sudo, su, ssh oder passwd läuft in jeder fish-Shell, die sie definiert, anstelle des gleichnamigen Programms (eine Datei ~/.config/fish/functions/sudo.fish wird geladen, sobald sudo zum ersten Mal getippt wird): Eine Funktion, die das Getippte liest (read -s) oder zuerst ein anderes Programm ausführt, ist der Weg, auf dem Angreifer die dort eingegebenen Passwörter abgreifen, bevor sie an das echte Programm übergeben, damit nichts auffällt (MITRE ATT&amp;CK T1546.004, T1056). Lesen Sie, was die Funktion ausführt; ändern Sie die seither eingegebenen Passwörter. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="189"/>
        <source>csh&apos;s and tcsh&apos;s precmd, cwdcmd and periodic aliases, fish&apos;s fish_prompt and fish_title functions and the fish functions run on the fish_prompt or fish_postexec event or when a variable changes (--on-variable PWD: at every cd) run as the shell shows its prompt: one that runs a network program (curl, wget, nc, socat …) or one from a temporary or hidden folder sends what users type away or restarts an implant at every command line, unseen (MITRE ATT&amp;CK T1546.004). A prompt needs neither. %1</source>
        <translation>Die Aliase precmd, cwdcmd und periodic von csh und tcsh, die fish-Funktionen fish_prompt und fish_title und die fish-Funktionen, die beim Ereignis fish_prompt oder fish_postexec oder bei der Änderung einer Variablen laufen (--on-variable PWD: bei jedem cd), laufen, während die Shell ihren Prompt zeigt: Führt einer davon ein Netzwerkprogramm aus (curl, wget, nc, socat …) oder eines aus einem temporären oder versteckten Ordner, schickt er unbemerkt weg, was Benutzer tippen, oder startet bei jeder Befehlszeile ein Implantat neu (MITRE ATT&amp;CK T1546.004). Ein Prompt braucht keines von beiden. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="199"/>
        <source>tcsh&apos;s postcmd and jobcmd aliases and the fish functions run on the fish_preexec event run before every command the shell runs, fish&apos;s with the command line in $argv: one that runs a network program or one from a temporary or hidden folder logs or sends away every command users type, sudo&apos;s included (MITRE ATT&amp;CK T1546.004). %1</source>
        <translation>Die Aliase postcmd und jobcmd von tcsh und die fish-Funktionen, die beim Ereignis fish_preexec laufen, laufen vor jedem Befehl, den die Shell ausführt, die von fish mit der Befehlszeile in $argv: Führt einer davon ein Netzwerkprogramm aus oder eines aus einem temporären oder versteckten Ordner, protokolliert er jeden Befehl, den Benutzer tippen, auch die für sudo, oder schickt ihn weg (MITRE ATT&amp;CK T1546.004). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="207"/>
        <source>A file every user&apos;s csh, tcsh or fish reads sets csh&apos;s history or savehist to 0, unsets them, points histfile at /dev/null, or sets fish&apos;s fish_history to an empty name: the commands typed on the node are no longer kept, the way intruders cover their tracks (MITRE ATT&amp;CK T1562.003). A hardening baseline may do it on purpose; otherwise ask who did. %1</source>
        <translation>Eine Datei, die die csh, tcsh oder fish jedes Benutzers liest, setzt history oder savehist von csh auf 0, entfernt sie, lässt histfile auf /dev/null zeigen oder gibt fish_history von fish einen leeren Namen: Die auf dem Node getippten Befehle werden nicht mehr aufbewahrt, so wie Angreifer ihre Spuren verwischen (MITRE ATT&amp;CK T1562.003). Eine Härtungsvorgabe kann das absichtlich tun; andernfalls fragen Sie, wer es getan hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="425"/>
        <source>the command is longer than %1 bytes; it is judged up to there</source>
        <translation>der Befehl ist länger als %1 Bytes; er wird bis dorthin beurteilt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="862"/>
        <source> (in the here-document a shell runs from line %1)</source>
        <translation> (im Here-Dokument, das eine Shell ab Zeile %1 ausführt)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="865"/>
        <source>Line %1 of %2%3: %4</source>
        <translation>Zeile %1 von %2%3: %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="866"/>
        <source>Line %1 of %2%3, run %4: %5</source>
        <translation>Zeile %1 von %2%3, ausgeführt %4: %5</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="885"/>
        <source>at boot as root</source>
        <translation>beim Booten als root</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="887"/>
        <source>by cron every hour as root</source>
        <translation>von cron stündlich als root</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="889"/>
        <source>by cron every day as root</source>
        <translation>von cron täglich als root</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="891"/>
        <source>by cron every week as root</source>
        <translation>von cron wöchentlich als root</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="893"/>
        <source>by cron every month as root</source>
        <translation>von cron monatlich als root</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="895"/>
        <source>as root at every ssh login</source>
        <translation>als root bei jeder SSH-Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="897"/>
        <source>by dhclient as root at every DHCP lease event</source>
        <translation>von dhclient als root bei jedem DHCP-Lease-Ereignis</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="899"/>
        <source>by NetworkManager as root at every network event</source>
        <translation>von NetworkManager als root bei jedem Netzwerkereignis</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="901"/>
        <source>by ifupdown as root when an interface goes up or down</source>
        <translation>von ifupdown als root, wenn eine Schnittstelle hoch- oder heruntergefahren wird</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="903"/>
        <source>by Xsession in every user&apos;s graphical session</source>
        <translation>von Xsession in der grafischen Sitzung jedes Benutzers</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="907"/>
        <source>in every user&apos;s login shell</source>
        <translation>in der Login-Shell jedes Benutzers</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="908"/>
        <source>in the login shells of %1</source>
        <translation>in den Login-Shells von %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="910"/>
        <source>in every user&apos;s interactive shell</source>
        <translation>in der interaktiven Shell jedes Benutzers</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="911"/>
        <source>in the interactive shells of %1</source>
        <translation>in den interaktiven Shells von %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="914"/>
        <source>in every csh and tcsh of every user, scripts&apos; too</source>
        <translation>in jeder csh und tcsh jedes Benutzers, auch in Skripten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="915"/>
        <source>in every csh and tcsh of %1, scripts&apos; too</source>
        <translation>in jeder csh und tcsh von %1, auch in Skripten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="917"/>
        <source>in every fish of every user, scripts&apos; too</source>
        <translation>in jeder fish-Shell jedes Benutzers, auch in Skripten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="918"/>
        <source>in every fish of %1, scripts&apos; too</source>
        <translation>in jeder fish-Shell von %1, auch in Skripten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="919"/>
        <source>in every zsh of every user, scripts&apos; too</source>
        <translation>in jeder zsh jedes Benutzers, auch in Skripten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="920"/>
        <source>in every zsh of %1, scripts&apos; too</source>
        <translation>in jeder zsh von %1, auch in Skripten</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="922"/>
        <source>when a fish of any user first runs %1</source>
        <translation>wenn eine fish-Shell eines beliebigen Benutzers zum ersten Mal %1 ausführt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="923"/>
        <source>when a fish of %1 first runs %2</source>
        <translation>wenn eine fish-Shell von %1 zum ersten Mal %2 ausführt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="925"/>
        <source>when a login shell of any user ends</source>
        <translation>wenn eine Login-Shell eines beliebigen Benutzers endet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="926"/>
        <source>when a login shell of %1 ends</source>
        <translation>wenn eine Login-Shell von %1 endet</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="989"/>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="1024"/>
        <source>suspicious commands</source>
        <translation>verdächtige Befehle</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="1057"/>
        <source>Scripts and hooks a node runs (rc.local, init.d, profile, .bashrc, .cshrc, config.fish, cron.daily, update-motd.d, ld.so.preload, pam_env.conf, modprobe.d)</source>
        <translation>Skripte und Hooks, die ein Node ausführt (rc.local, init.d, profile, .bashrc, .cshrc, config.fish, cron.daily, update-motd.d, ld.so.preload, pam_env.conf, modprobe.d)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="1102"/>
        <source>%1: the script holds no command, only comments</source>
        <translation>%1: das Skript enthält keinen Befehl, nur Kommentare</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeScriptImporter.cpp" line="1103"/>
        <source>no shell command found</source>
        <translation>kein Shell-Befehl gefunden</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="50"/>
        <source>/etc/ld.so.preload loads %1 into every program %2</source>
        <translation>/etc/ld.so.preload lädt %1 in jedes Programm %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="51"/>
        <source>The dynamic linker loads each library listed in /etc/ld.so.preload into every dynamically linked program before its own libraries, root&apos;s daemons and sshd included: user-mode rootkits (Azazel, Jynx, libprocesshider) hide their processes, files and connections this way and capture what programs read (MITRE ATT&amp;CK T1574.006). No distribution ships the file with an entry. Find out which package, if any, owns the library and who wrote the entry; a memory allocator (jemalloc, tcmalloc) put there by an administrator is the usual harmless case. %1</source>
        <translation>Der dynamische Linker lädt jede in /etc/ld.so.preload genannte Bibliothek vor dessen eigenen Bibliotheken in jedes dynamisch gelinkte Programm, auch in die Daemons von root und in sshd: Rootkits im Benutzermodus (Azazel, Jynx, libprocesshider) verbergen so ihre Prozesse, Dateien und Verbindungen und greifen ab, was Programme lesen (MITRE ATT&amp;CK T1574.006). Keine Distribution liefert die Datei mit einem Eintrag aus. Klären Sie, welches Paket die Bibliothek gegebenenfalls mitbringt und wer den Eintrag geschrieben hat; ein Speicher-Allokator (jemalloc, tcmalloc), den ein Administrator dort eingetragen hat, ist der übliche harmlose Fall. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="60"/>
        <source>/etc/ld.so.preload loads %1, kept in a temporary or hidden folder, into every program %2</source>
        <translation>/etc/ld.so.preload lädt %1 aus einem temporären oder versteckten Ordner in jedes Programm %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="65"/>
        <source>/etc/environment preloads %1 into the programs of every login session %2</source>
        <translation>/etc/environment lädt %1 vorab in die Programme jeder Login-Sitzung %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="76"/>
        <source>/etc/environment makes every login session load libraries from %1 %2</source>
        <translation>/etc/environment lässt jede Login-Sitzung Bibliotheken aus %1 laden %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="85"/>
        <source>/etc/environment puts %1 in the PATH of every login session %2</source>
        <translation>/etc/environment setzt %1 in den PATH jeder Login-Sitzung %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="66"/>
        <source>pam_env sets the variables of /etc/environment and /etc/security/pam_env.conf in every session that logs in (ssh, su, the console), and those of a user&apos;s ~/.pam_environment in that user&apos;s where the PAM configuration reads it (user_readenv=1, as Debian&apos;s and Ubuntu&apos;s sshd and login long did): LD_PRELOAD there makes every program those sessions start load the library first, the way rootkits hide themselves and capture what users type (MITRE ATT&amp;CK T1574.006). No distribution sets it there. Find out where the library came from and who added the line. %1</source>
        <translation>pam_env setzt die Variablen aus /etc/environment und /etc/security/pam_env.conf in jeder Sitzung, die sich anmeldet (ssh, su, die Konsole), und die aus der ~/.pam_environment eines Benutzers in dessen Sitzungen, wo die PAM-Konfiguration sie liest (user_readenv=1, wie es sshd und login bei Debian und Ubuntu lange taten): LD_PRELOAD dort lässt jedes Programm dieser Sitzungen die Bibliothek zuerst laden, so wie Rootkits sich verbergen und abgreifen, was Benutzer tippen (MITRE ATT&amp;CK T1574.006). Keine Distribution setzt die Variable dort. Klären Sie, woher die Bibliothek stammt und wer die Zeile eingefügt hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="77"/>
        <source>LD_LIBRARY_PATH set by pam_env (/etc/environment, /etc/security/pam_env.conf, a user&apos;s ~/.pam_environment) is searched before the system&apos;s folders for the libraries of every program a session starts: a temporary or hidden folder there, or an empty or relative element (the working folder), lets whoever writes there replace a library of sudo&apos;s or ssh&apos;s (MITRE ATT&amp;CK T1574.006). Remove the folder from the list. %1</source>
        <translation>Ein von pam_env gesetzter LD_LIBRARY_PATH (/etc/environment, /etc/security/pam_env.conf, die ~/.pam_environment eines Benutzers) wird vor den Ordnern des Systems nach den Bibliotheken jedes Programms durchsucht, das eine Sitzung startet: Ein temporärer oder versteckter Ordner darin oder ein leeres oder relatives Element (der Arbeitsordner) erlaubt jedem, der dort schreiben kann, eine Bibliothek von sudo oder ssh zu ersetzen (MITRE ATT&amp;CK T1574.006). Entfernen Sie den Ordner aus der Liste. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="86"/>
        <source>The PATH pam_env sets (/etc/environment, /etc/security/pam_env.conf, a user&apos;s ~/.pam_environment) is every session&apos;s: a temporary or hidden folder in it, or the working folder (&apos;.&apos;, an empty or relative element) first, makes a program of that name dropped there run instead of the system&apos;s when a user or a root shell types it (MITRE ATT&amp;CK T1574.007). Keep only the system&apos;s folders. %1</source>
        <translation>Der PATH, den pam_env setzt (/etc/environment, /etc/security/pam_env.conf, die ~/.pam_environment eines Benutzers), gilt für jede Sitzung: Ein temporärer oder versteckter Ordner darin oder der Arbeitsordner (&apos;.&apos;, ein leeres oder relatives Element) an erster Stelle lässt ein dort abgelegtes Programm gleichen Namens statt des Programms des Systems laufen, wenn ein Benutzer oder eine Root-Shell den Namen tippt (MITRE ATT&amp;CK T1574.007). Belassen Sie nur die Ordner des Systems darin. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="94"/>
        <source>%1 preloads %2 into the programs of every login session %3</source>
        <translation>%1 lädt %2 vorab in die Programme jeder Login-Sitzung %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="96"/>
        <source>%1 preloads %3 into the programs of the login sessions of %2 %4</source>
        <translation>%1 lädt %3 vorab in die Programme der Login-Sitzungen von %2 %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="98"/>
        <source>%1 makes every login session load libraries from %2 %3</source>
        <translation>%1 lässt jede Login-Sitzung Bibliotheken aus %2 laden %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="100"/>
        <source>%1 makes the login sessions of %2 load libraries from %3 %4</source>
        <translation>%1 lässt die Login-Sitzungen von %2 Bibliotheken aus %3 laden %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="101"/>
        <source>%1 puts %2 in the PATH of every login session %3</source>
        <translation>%1 setzt %2 in den PATH jeder Login-Sitzung %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="103"/>
        <source>%1 puts %3 in the PATH of the login sessions of %2 %4</source>
        <translation>%1 setzt %3 in den PATH der Login-Sitzungen von %2 %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="107"/>
        <source>%1 preloads %2 into the programs of every user&apos;s systemd services %3</source>
        <translation>%1 lädt %2 vorab in die Programme der systemd-Dienste jedes Benutzers %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="109"/>
        <source>%1 preloads %3 into the programs of the systemd services of %2 %4</source>
        <translation>%1 lädt %3 vorab in die Programme der systemd-Dienste von %2 %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="111"/>
        <source>%1 makes every user&apos;s systemd services load libraries from %2 %3</source>
        <translation>%1 lässt die systemd-Dienste jedes Benutzers Bibliotheken aus %2 laden %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="113"/>
        <source>%1 makes the systemd services of %2 load libraries from %3 %4</source>
        <translation>%1 lässt die systemd-Dienste von %2 Bibliotheken aus %3 laden %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="115"/>
        <source>%1 puts %2 in the PATH of every user&apos;s systemd services %3</source>
        <translation>%1 setzt %2 in den PATH der systemd-Dienste jedes Benutzers %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="117"/>
        <source>%1 puts %3 in the PATH of the systemd services of %2 %4</source>
        <translation>%1 setzt %3 in den PATH der systemd-Dienste von %2 %4</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="118"/>
        <source>systemd&apos;s user manager sets the variables of /etc/environment.d/*.conf, /usr/lib/environment.d/*.conf and a user&apos;s ~/.config/environment.d/*.conf in every service it starts for the user, and GNOME&apos;s and KDE&apos;s sessions take them into the desktop&apos;s programs: LD_PRELOAD there makes those programs load the library first, a temporary or hidden folder (or the working folder) in LD_LIBRARY_PATH or first in PATH makes them load a library or run a program dropped there (MITRE ATT&amp;CK T1574.006, T1574.007). Find out who wrote the file. %1</source>
        <translation>Der Benutzer-Manager von systemd setzt die Variablen aus /etc/environment.d/*.conf, /usr/lib/environment.d/*.conf und der ~/.config/environment.d/*.conf eines Benutzers in jedem Dienst, den er für den Benutzer startet, und die Sitzungen von GNOME und KDE übernehmen sie in die Programme des Desktops: LD_PRELOAD dort lässt diese Programme die Bibliothek zuerst laden, ein temporärer oder versteckter Ordner (oder der Arbeitsordner) in LD_LIBRARY_PATH oder vorn in PATH lässt sie eine dort abgelegte Bibliothek laden oder ein dort abgelegtes Programm ausführen (MITRE ATT&amp;CK T1574.006, T1574.007). Klären Sie, wer die Datei geschrieben hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="128"/>
        <source>the modprobe hook %1 runs %2 as root %3</source>
        <translation>der modprobe-Hook %1 führt %2 als root aus %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="129"/>
        <source>An install or remove line of modprobe.d runs its command with /bin/sh as root instead of loading or removing the module, each time anything asks for the module, at boot or when a device appears: a foothold that survives reboots and is rarely looked at (MITRE ATT&amp;CK T1547.006). Packages use these lines only to load other modules (modprobe) and hardening only to disable one (/bin/true, /bin/false). Read what the command runs and who added it. %1</source>
        <translation>Eine install- oder remove-Zeile in modprobe.d führt ihren Befehl mit /bin/sh als root aus, statt das Modul zu laden oder zu entfernen, jedes Mal, wenn etwas das Modul anfordert, beim Booten oder wenn ein Gerät erscheint: ein Brückenkopf, der Neustarts überdauert und selten angesehen wird (MITRE ATT&amp;CK T1547.006). Pakete nutzen diese Zeilen nur, um andere Module zu laden (modprobe), Härtungen nur, um eines abzuschalten (/bin/true, /bin/false). Lesen Sie, was der Befehl ausführt und wer ihn eingefügt hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="138"/>
        <source>the modprobe hook %1 opens a reverse shell as root %2</source>
        <translation>der modprobe-Hook %1 öffnet eine Reverse Shell als root %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="141"/>
        <source>the modprobe hook %1 downloads code and runs it as root %2</source>
        <translation>der modprobe-Hook %1 lädt Code herunter und führt ihn als root aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="144"/>
        <source>the modprobe hook %1 runs an encoded payload as root %2</source>
        <translation>der modprobe-Hook %1 führt eine kodierte Nutzlast als root aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="147"/>
        <source>the modprobe hook %1 runs a program from a temporary or hidden folder as root %2</source>
        <translation>der modprobe-Hook %1 führt ein Programm aus einem temporären oder versteckten Ordner als root aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="151"/>
        <source>%1 lists a file path, not a module name, to load at boot %2</source>
        <translation>%1 nennt einen Dateipfad statt eines Modulnamens zum Laden beim Booten %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="152"/>
        <source>modules-load.d and /etc/modules name the kernel modules loaded at each boot; modules are named, never given as paths there: an entry that is one points at a module of someone&apos;s own, the way kernel rootkits (Diamorphine, Reptile) are kept loaded (MITRE ATT&amp;CK T1547.006). Check what the file is and who wrote the entry. %1</source>
        <translation>modules-load.d und /etc/modules nennen die Kernelmodule, die bei jedem Booten geladen werden; Module stehen dort mit ihrem Namen, nie mit einem Pfad: Ein Eintrag mit Pfad zeigt auf ein selbst mitgebrachtes Modul, so wie Kernel-Rootkits (Diamorphine, Reptile) geladen gehalten werden (MITRE ATT&amp;CK T1547.006). Prüfen Sie, was die Datei ist und wer den Eintrag geschrieben hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="158"/>
        <source>A RUN, PROGRAM or IMPORT{program} key of a udev rule makes udevd run its command as root each time a device event matches the rule: a USB stick plugged in, a network interface coming up, every boot&apos;s coldplug. A foothold kept there shows in no crontab and no unit (MITRE ATT&amp;CK T1546.017). Read the rule and find out who wrote the file. %1</source>
        <translation>Ein RUN-, PROGRAM- oder IMPORT{program}-Schlüssel einer udev-Regel lässt udevd seinen Befehl als root ausführen, jedes Mal, wenn ein Geräteereignis auf die Regel passt: ein eingesteckter USB-Stick, eine Netzwerkschnittstelle, die hochkommt, der Coldplug bei jedem Booten. Ein dort gehaltener Brückenkopf zeigt sich in keiner Crontab und keiner Unit (MITRE ATT&amp;CK T1546.017). Lesen Sie die Regel und klären Sie, wer die Datei geschrieben hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="166"/>
        <source>the udev rules %1 open a reverse shell as root on a device event %2</source>
        <translation>die udev-Regeln %1 öffnen bei einem Geräteereignis eine Reverse Shell als root %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="169"/>
        <source>the udev rules %1 download code and run it as root on a device event %2</source>
        <translation>die udev-Regeln %1 laden bei einem Geräteereignis Code herunter und führen ihn als root aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="173"/>
        <source>the udev rules %1 run an encoded payload as root on a device event %2</source>
        <translation>die udev-Regeln %1 führen bei einem Geräteereignis eine kodierte Nutzlast als root aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="176"/>
        <source>the udev rules %1 run a program from a temporary or hidden folder as root on a device event %2</source>
        <translation>die udev-Regeln %1 führen bei einem Geräteereignis ein Programm aus einem temporären oder versteckten Ordner als root aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="179"/>
        <source>Desktop sessions (GNOME, KDE, Xfce …) run the Exec= command of each entry of /etc/xdg/autostart/ for every user who logs in, and of ~/.config/autostart/ for its owner: the command runs at each graphical login with that user&apos;s rights (MITRE ATT&amp;CK T1547.013). Find out who added the entry. %1</source>
        <translation>Desktop-Sitzungen (GNOME, KDE, Xfce …) führen den Exec=-Befehl jedes Eintrags in /etc/xdg/autostart/ für jeden Benutzer aus, der sich anmeldet, und den jedes Eintrags in ~/.config/autostart/ für dessen Besitzer: Der Befehl läuft bei jeder grafischen Anmeldung mit den Rechten dieses Benutzers (MITRE ATT&amp;CK T1547.013). Klären Sie, wer den Eintrag angelegt hat. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="186"/>
        <source>the autostart entry %1 opens a reverse shell at each desktop login %2</source>
        <translation>der Autostart-Eintrag %1 öffnet bei jeder Desktop-Anmeldung eine Reverse Shell %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="190"/>
        <source>the autostart entry %1 downloads code and runs it at each desktop login %2</source>
        <translation>der Autostart-Eintrag %1 lädt bei jeder Desktop-Anmeldung Code herunter und führt ihn aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="194"/>
        <source>the autostart entry %1 runs an encoded payload at each desktop login %2</source>
        <translation>der Autostart-Eintrag %1 führt bei jeder Desktop-Anmeldung eine kodierte Nutzlast aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="198"/>
        <source>the autostart entry %1 runs a program from a temporary or hidden folder at each desktop login %2</source>
        <translation>der Autostart-Eintrag %1 führt bei jeder Desktop-Anmeldung ein Programm aus einem temporären oder versteckten Ordner aus %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="202"/>
        <source>ldconfig builds the dynamic linker&apos;s cache from the folders /etc/ld.so.conf lists and those of the files it includes (/etc/ld.so.conf.d/*.conf): every dynamically linked program, root&apos;s daemons, sudo and sshd included, then finds its libraries there. A folder in a temporary or hidden place, in a user&apos;s home, or a relative one (read from whatever folder ldconfig runs in) lets whoever writes there drop a library of a name programs load and have it loaded into them (MITRE ATT&amp;CK T1574.006). Packages list folders under /usr, /lib and /opt only. Find out who added the line and what the folder holds, then run ldconfig again without it. %1</source>
        <translation>ldconfig baut den Cache des dynamischen Linkers aus den Ordnern, die /etc/ld.so.conf und die davon eingebundenen Dateien (/etc/ld.so.conf.d/*.conf) nennen: Jedes dynamisch gelinkte Programm, auch die Dienste von root, sudo und sshd, findet dann dort seine Bibliotheken. Ein Ordner an einem temporären oder versteckten Ort, im Home-Verzeichnis eines Benutzers oder ein relativer (gelesen aus dem Ordner, in dem ldconfig gerade läuft) lässt jeden, der dort schreiben kann, eine Bibliothek unter einem Namen ablegen, den Programme laden, und sie in diese laden (MITRE ATT&amp;CK T1574.006). Pakete nennen nur Ordner unter /usr, /lib und /opt. Klären Sie, wer die Zeile hinzugefügt hat und was der Ordner enthält, und führen Sie ldconfig danach ohne sie erneut aus. %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="212"/>
        <source>%1 makes every program load libraries from %2, a temporary or hidden folder %3</source>
        <translation>%1 lässt jedes Programm Bibliotheken aus %2 laden, einem temporären oder versteckten Ordner %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="216"/>
        <source>%1 takes library folders from %2, kept in a temporary or hidden folder %3</source>
        <translation>%1 übernimmt Bibliotheksordner aus %2, das in einem temporären oder versteckten Ordner liegt %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="220"/>
        <source>%1 makes every program load libraries from the relative folder %2 %3</source>
        <translation>%1 lässt jedes Programm Bibliotheken aus dem relativen Ordner %2 laden %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="224"/>
        <source>%1 makes every program load libraries from %2, a folder in a home %3</source>
        <translation>%1 lässt jedes Programm Bibliotheken aus %2 laden, einem Ordner in einem Home-Verzeichnis %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="366"/>
        <source>Line %1 of %2: %3</source>
        <translation>Zeile %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="434"/>
        <source>not a KEY=value line; pam_env ignores it</source>
        <translation>keine Zeile der Form KEY=value; pam_env ignoriert sie</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="480"/>
        <source>the working folder</source>
        <translation>dem Arbeitsordner</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="495"/>
        <source>the working folder first</source>
        <translation>den Arbeitsordner an erster Stelle</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="535"/>
        <source>not a KEY=VALUE line; systemd ignores it</source>
        <translation>keine KEY=VALUE-Zeile; systemd ignoriert sie</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="570"/>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="671"/>
        <source>the line is longer than %1 bytes; it is judged up to there</source>
        <translation>die Zeile ist länger als %1 Bytes; sie wird bis dorthin beurteilt</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="594"/>
        <source>not a VAR [DEFAULT=value] [OVERRIDE=value] line</source>
        <translation>keine Zeile der Form VAR [DEFAULT=Wert] [OVERRIDE=Wert]</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="620"/>
        <source>a word that is not DEFAULT=value or OVERRIDE=value; pam_env reads only those</source>
        <translation>ein Wort, das weder DEFAULT=Wert noch OVERRIDE=Wert ist; pam_env liest nur diese</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="708"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="917"/>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="987"/>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../core/import/importers/NodeHookFiles.cpp" line="1022"/>
        <source>nothing read</source>
        <translation>nichts gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="50"/>
        <source>APT runs a reverse shell as root (%1) %2</source>
        <translation>APT startet eine Reverse Shell als root (%1) %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="51"/>
        <source>This hook connects a shell to a remote address each time APT updates its lists or installs a package, the daily timers and unattended-upgrades included: whoever listens there gets root on the node. No package installs such a hook; treat the node as compromised (MITRE ATT&amp;CK T1546.016). %1</source>
        <translation>Dieser Hook verbindet jedes Mal, wenn APT seine Listen aktualisiert oder ein Paket installiert, die täglichen Timer und unattended-upgrades eingeschlossen, eine Shell mit einer entfernten Adresse: Wer dort lauscht, erhält root auf dem Knoten. Kein Paket installiert einen solchen Hook; behandeln Sie den Knoten als kompromittiert (MITRE ATT&amp;CK T1546.016). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="58"/>
        <source>APT downloads code and runs it as root (%1) %2</source>
        <translation>APT lädt Code herunter und führt ihn als root aus (%1) %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="59"/>
        <source>This hook fetches a file with curl or wget and runs it each time APT updates its lists or installs a package: whoever controls that address runs what they like as root on the node. Intruders keep their foothold this way (MITRE ATT&amp;CK T1546.016). %1</source>
        <translation>Dieser Hook holt jedes Mal, wenn APT seine Listen aktualisiert oder ein Paket installiert, eine Datei mit curl oder wget und führt sie aus: Wer diese Adresse kontrolliert, führt als root auf dem Knoten aus, was er will. So halten Eindringlinge ihren Zugang (MITRE ATT&amp;CK T1546.016). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="65"/>
        <source>APT runs an encoded payload as root (%1) %2</source>
        <translation>APT führt eine kodierte Nutzlast als root aus (%1) %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="66"/>
        <source>This hook decodes base64 into a shell each time APT updates its lists or installs a package: the code is hidden from a reader, as intruders hide theirs (MITRE ATT&amp;CK T1546.016, T1027). %1</source>
        <translation>Dieser Hook dekodiert jedes Mal, wenn APT seine Listen aktualisiert oder ein Paket installiert, base64 in eine Shell: Der Code ist vor dem Leser verborgen, wie Eindringlinge ihren verbergen (MITRE ATT&amp;CK T1546.016, T1027). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="72"/>
        <source>APT runs a program from a temporary or hidden folder as root (%1) %2</source>
        <translation>APT startet ein Programm aus einem temporären oder versteckten Ordner als root (%1) %2</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="73"/>
        <source>This hook runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder each time APT updates its lists or installs a package: any user can write to the first three, and intruders drop their tools in both. Packages&apos; hooks run programs from /usr (MITRE ATT&amp;CK T1546.016). %1</source>
        <translation>Dieser Hook startet jedes Mal, wenn APT seine Listen aktualisiert oder ein Paket installiert, ein Programm aus /tmp, /var/tmp, /dev/shm oder einem versteckten Ordner: In die ersten drei kann jeder Benutzer schreiben, und Eindringlinge legen ihre Werkzeuge in beiden ab. Die Hooks von Paketen starten Programme aus /usr (MITRE ATT&amp;CK T1546.016). %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="81"/>
        <source>APT installs packages no trusted key signed %2 (%1)</source>
        <translation>APT installiert Pakete, die kein vertrauenswürdiger Schlüssel signiert hat %2 (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="82"/>
        <source>%1 lets APT take packages, or lists of packages, without a valid signature: whoever can answer for a mirror (a proxy, the network path, a poisoned name) can put their own code into the next installation or upgrade. Remove the option; add the repository&apos;s key instead.</source>
        <translation>%1 lässt APT Pakete oder Paketlisten ohne gültige Signatur annehmen: Wer für einen Mirror antworten kann (ein Proxy, der Netzweg, ein vergifteter Name), kann seinen eigenen Code in die nächste Installation oder Aktualisierung bringen. Entfernen Sie die Option; fügen Sie stattdessen den Schlüssel des Repositorys hinzu.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="88"/>
        <source>APT does not check the HTTPS servers it downloads from %2 (%1)</source>
        <translation>APT prüft die HTTPS-Server nicht, von denen es herunterlädt %2 (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="89"/>
        <source>%1: APT accepts any certificate for its https repositories, so their traffic can be read and altered on the way; the packages&apos; signatures still protect what is installed, but not which versions the node is told about. Give APT the CA it needs instead.</source>
        <translation>%1: APT nimmt für seine https-Repositorys jedes Zertifikat an, daher kann ihr Verkehr unterwegs gelesen und verändert werden; die Signaturen der Pakete schützen weiter, was installiert wird, aber nicht, welche Versionen dem Knoten genannt werden. Geben Sie APT stattdessen die nötige CA.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="95"/>
        <source>The node installs security updates itself %1 (APT::Periodic::Unattended-Upgrade)</source>
        <translation>Der Knoten installiert Sicherheitsupdates selbst %1 (APT::Periodic::Unattended-Upgrade)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="96"/>
        <source>APT&apos;s daily timer runs unattended-upgrade, which installs the updates of the origins Unattended-Upgrade::Allowed-Origins names (by default the distribution&apos;s security updates). Evidence of patching (SOC 2 CC7.1); the node&apos;s package log shows what it installed.</source>
        <translation>Der tägliche Timer von APT startet unattended-upgrade, das die Updates der in Unattended-Upgrade::Allowed-Origins genannten Quellen installiert (standardmäßig die Sicherheitsupdates der Distribution). Nachweis des Patchens (SOC 2 CC7.1); das Paket-Log des Knotens zeigt, was installiert wurde.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="104"/>
        <source>APT runs a program from a temporary or hidden folder as one of its own %2 (%1)</source>
        <translation>APT führt ein Programm aus einem temporären oder versteckten Ordner als eines seiner eigenen aus %2 (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="105"/>
        <source>%1 makes APT run that file as root where it runs a tool of its own (Dir::Bin::dpkg on every installation, the download methods on every update, the solvers, the compressors): any user can write to /tmp, /var/tmp and /dev/shm, and intruders keep their tools in hidden folders. No package moves APT&apos;s programs; treat the node as compromised unless its owner can say why (MITRE ATT&amp;CK T1546.016).</source>
        <translation>%1 lässt APT diese Datei als root ausführen, wo es eines seiner eigenen Werkzeuge ausführt (Dir::Bin::dpkg bei jeder Installation, die Download-Methoden bei jeder Aktualisierung, die Solver, die Komprimierer): In /tmp, /var/tmp und /dev/shm kann jeder Benutzer schreiben, und Angreifer bewahren ihre Werkzeuge in versteckten Ordnern auf. Kein Paket verlegt die Programme von APT; behandeln Sie den Knoten als kompromittiert, sofern sein Eigentümer keinen Grund nennen kann (MITRE ATT&amp;CK T1546.016).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="113"/>
        <source>APT runs a program from outside the distribution&apos;s folders as one of its own %2 (%1)</source>
        <translation>APT führt ein Programm von außerhalb der Ordner der Distribution als eines seiner eigenen aus %2 (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="115"/>
        <source>%1 makes APT run that file as root instead of the tool the distribution installs under /usr (Dir::Bin::dpkg on every installation, the download methods on every update, the solvers, the compressors). No package moves APT&apos;s programs: find out who set it, and what the file does, before trusting what this node installs (MITRE ATT&amp;CK T1546.016).</source>
        <translation>%1 lässt APT diese Datei als root ausführen statt des Werkzeugs, das die Distribution unter /usr installiert (Dir::Bin::dpkg bei jeder Installation, die Download-Methoden bei jeder Aktualisierung, die Solver, die Komprimierer). Kein Paket verlegt die Programme von APT: Klären Sie, wer es gesetzt hat und was die Datei tut, bevor Sie dem vertrauen, was dieser Knoten installiert (MITRE ATT&amp;CK T1546.016).</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="122"/>
        <source>APT trusts the keys in a temporary or hidden folder %2 (%1)</source>
        <translation>APT vertraut den Schlüsseln in einem temporären oder versteckten Ordner %2 (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="123"/>
        <source>%1 makes APT take the keys it checks packages with from there: any user can write to /tmp, /var/tmp and /dev/shm, so any user can sign packages this node installs as root, and intruders keep their files in hidden folders. No package moves APT&apos;s keys.</source>
        <translation>%1 lässt APT die Schlüssel, mit denen es Pakete prüft, von dort nehmen: In /tmp, /var/tmp und /dev/shm kann jeder Benutzer schreiben, also kann jeder Benutzer Pakete signieren, die dieser Knoten als root installiert, und Angreifer bewahren ihre Dateien in versteckten Ordnern auf. Kein Paket verlegt die Schlüssel von APT.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="129"/>
        <source>APT trusts keys kept outside its own folders %2 (%1)</source>
        <translation>APT vertraut Schlüsseln, die außerhalb seiner eigenen Ordner liegen %2 (%1)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="130"/>
        <source>%1 makes APT take the keys it checks packages with from a place other than /etc/apt and /usr/share/keyrings: whoever can write there can sign packages this node installs as root. No package moves APT&apos;s keys; find out who set it and who can write to that place.</source>
        <translation>%1 lässt APT die Schlüssel, mit denen es Pakete prüft, von einem anderen Ort als /etc/apt und /usr/share/keyrings nehmen: Wer dort schreiben kann, kann Pakete signieren, die dieser Knoten als root installiert. Kein Paket verlegt die Schlüssel von APT; klären Sie, wer es gesetzt hat und wer an diesen Ort schreiben kann.</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="287"/>
        <source>a value whose quote is never closed: %1</source>
        <translation>ein Wert, dessen Anführungszeichen nie geschlossen wird: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="367"/>
        <source>not APT&apos;s syntax (Name &quot;value&quot;; or Name { … };) at %1</source>
        <translation>keine APT-Syntax (Name &quot;value&quot;; oder Name { … };) bei %1</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="507"/>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="509"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="537"/>
        <source>APT&apos;s configuration of a node (apt.conf, apt.conf.d)</source>
        <translation>APT-Konfiguration eines Knotens (apt.conf, apt.conf.d)</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="575"/>
        <source>%1: the file holds no option, only comments</source>
        <translation>%1: Die Datei enthält keine Option, nur Kommentare</translation>
    </message>
    <message>
        <location filename="../core/import/importers/AptConfigImporter.cpp" line="576"/>
        <source>no APT option found</source>
        <translation>keine APT-Option gefunden</translation>
    </message>
</context>
<context>
    <name>SafeYaml</name>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="67"/>
        <source>an alias refers to the collection it is part of</source>
        <translation>Ein Alias verweist auf die Sammlung, zu der er gehört</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="118"/>
        <source>the document has more than %1 nodes; refused</source>
        <translation>Das Dokument hat mehr als %1 Knoten; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="146"/>
        <source>collections nested more than %1 deep; refused</source>
        <translation>Sammlungen tiefer als %1 Ebenen verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="177"/>
        <source>aliases expand the document past %1 nodes (a &quot;billion laughs&quot; document); refused</source>
        <translation>Aliasse erweitern das Dokument über %1 Knoten hinaus (ein „Billion Laughs“-Dokument); abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="183"/>
        <source>the key &quot;%1&quot; appears twice in one mapping; the last value is used</source>
        <translation>Der Schlüssel „%1“ kommt in einem Mapping zweimal vor; der letzte Wert wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="274"/>
        <source>invalid YAML</source>
        <translation>Ungültiges YAML</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="555"/>
        <source>the document is larger than %1 MiB; refused</source>
        <translation>Das Dokument ist größer als %1 MiB; abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="562"/>
        <source>bytes that are not UTF-8 were read as &apos;?&apos;</source>
        <translation>Bytes, die kein UTF-8 sind, wurden als &apos;?&apos; gelesen</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="565"/>
        <source>binary data (NUL bytes), not YAML</source>
        <translation>Binärdaten (NUL-Bytes), kein YAML</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="578"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="581"/>
        <source>; line %1 is indented with a tab, which YAML does not allow</source>
        <translation>; Zeile %1 ist mit einem Tabulator eingerückt, was YAML nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/util/SafeYaml.cpp" line="585"/>
        <source>cannot read the YAML: %1</source>
        <translation>Das YAML kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ab::AccessDialog</name>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="38"/>
        <source>Access Review</source>
        <translation>Zugangsprüfung</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="40"/>
        <source>Each node&apos;s accounts that can log in (a login shell, a password, a key) or act as root (uid 0, an administrators&apos; group, a sudo rule), from the node&apos;s passwd, group, shadow, sudoers and authorized_keys, with the last login its logs show; each node&apos;s password policy (login.defs, PAM, pwquality, faillock) on its heading, and what the account tools&apos; last change did to each account (against their backup copies, passwd- and the others). Double-click an account for its events on the node.</source>
        <translation>Die Konten jedes Knotens, die sich anmelden können (eine Login-Shell, ein Passwort, ein Schlüssel) oder als root handeln (uid 0, eine Administratorgruppe, eine sudo-Regel), aus passwd, group, shadow, sudoers und authorized_keys des Knotens, mit der letzten Anmeldung, die seine Logs zeigen; die Passwortrichtlinie jedes Knotens (login.defs, PAM, pwquality, faillock) in seiner Überschrift, und was die letzte Änderung der Kontenwerkzeuge an jedem Konto bewirkt hat (gegenüber ihren Sicherungskopien, passwd- und den anderen). Doppelklick auf ein Konto zeigt seine Ereignisse auf dem Knoten.</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="53"/>
        <source>Node / account</source>
        <translation>Node / Konto</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="53"/>
        <source>uid</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="53"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="53"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="53"/>
        <source>Root by</source>
        <translation>root über</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="53"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="54"/>
        <source>Last login (UTC)</source>
        <translation>Letzte Anmeldung (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="54"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="54"/>
        <location filename="../ui/AccessDialog.cpp" line="69"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="54"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="83"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="86"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="88"/>
        <source>Copy the review as tab-separated lines, for a spreadsheet or a workpaper</source>
        <translation>Die Prüfung als tabulatorgetrennte Zeilen kopieren, für eine Tabelle oder ein Arbeitspapier</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="111"/>
        <source>Reading the nodes&apos; accounts…</source>
        <translation>Die Konten der Nodes werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="137"/>
        <source>The review could not be read: %1</source>
        <translation>Die Prüfung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="151"/>
        <source>(files that name no node)</source>
        <translation>(Dateien ohne Node)</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="160"/>
        <source>%1    password policy: %2</source>
        <translation>%1    Passwortrichtlinie: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="163"/>
        <source>Double-click for the node&apos;s accounts, policy and other files in the Resources tab.</source>
        <translation>Doppelklicken Sie für die Konten, die Richtlinie und die übrigen Dateien des Nodes im Reiter Ressourcen.</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="165"/>
        <source>Password policy of %1: %2</source>
        <translation>Passwortrichtlinie von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="190"/>
        <source>The account tools&apos; last change, against the copies they kept before it (passwd-, group-, shadow-, gshadow-):
%1</source>
        <translation>Die letzte Änderung der Kontenwerkzeuge, verglichen mit den Kopien, die sie davor behielten (passwd-, group-, shadow-, gshadow-):
%1</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="209"/>
        <source>No node accounts in the case: import a node&apos;s etc/passwd (with group, shadow, sudoers and its accounts&apos; .ssh/authorized_keys) to review its access.</source>
        <translation>Keine Konten von Nodes im Fall: Importieren Sie etc/passwd eines Nodes (mit group, shadow, sudoers und den .ssh/authorized_keys seiner Konten), um seine Zugänge zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccessDialog.cpp" line="211"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccessDialog.cpp" line="212"/>
        <source>on %n node(s).</source>
        <translation>
            <numerusform>auf %n Node.</numerusform>
            <numerusform>auf %n Nodes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="218"/>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../ui/AccessDialog.cpp" line="221"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>ab::ArtifactsModel</name>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="19"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="21"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="23"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="156"/>
        <source>%1
Artifact %2, importer %3, analyst %4
%5, imported %6 UTC
SHA-256 %7
%8 issues</source>
        <translation>%1
Artefakt %2, Importer %3, Analyst %4
%5, importiert %6 UTC
SHA-256 %7
%8 Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="157"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="163"/>
        <source>%1 findings in its %2 members</source>
        <translation>%1 Befunde in seinen %2 Mitgliedern</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="164"/>
        <source>%1 findings: double-click to see them</source>
        <translation>%1 Befunde: Doppelklicken zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="165"/>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="168"/>
        <source>%1 events in its %2 members: double-click a member to see its events</source>
        <translation>%1 Ereignisse in seinen %2 Mitgliedern: Doppelklicken Sie auf ein Mitglied, um seine Ereignisse zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="171"/>
        <source>%1 lines read, %2 events stored, %3 stages merged, %4 records skipped</source>
        <translation>%1 Zeilen gelesen, %2 Ereignisse gespeichert, %3 Stufen zusammengeführt, %4 Datensätze übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="178"/>
        <source>No issues</source>
        <translation>Keine Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="181"/>
        <source>%1 %2 (×%3): %4</source>
        <translation>%1 %2 (×%3): %4</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="188"/>
        <source>SHA-256 of the bytes as given: %1</source>
        <translation>SHA-256 der Bytes beim Eingang: %1</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="190"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="245"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="247"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="249"/>
        <source>Events</source>
        <translation>Ereign.</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="251"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="253"/>
        <source>Issues</source>
        <translation>Meld.</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="255"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="257"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="259"/>
        <source>Imported (UTC)</source>
        <translation>Importiert (UTC)</translation>
    </message>
</context>
<context>
    <name>ab::DetailPane</name>
    <message>
        <location filename="../ui/DetailPane.cpp" line="143"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="144"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="145"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="146"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="147"/>
        <source>Impersonated</source>
        <translation>Im Namen von</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="148"/>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="149"/>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="150"/>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="151"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="152"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="153"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="154"/>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="155"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="156"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="157"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="158"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="159"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="160"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="161"/>
        <source>Audit ID</source>
        <translation>Audit-ID</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="162"/>
        <source>Stages merged</source>
        <translation>Zusammengeführte Stufen</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="163"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="164"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="165"/>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="179"/>
        <location filename="../ui/DetailPane.cpp" line="260"/>
        <source>Original record</source>
        <translation>Originaldatensatz</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="181"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="183"/>
        <source>Copy the original record to the clipboard</source>
        <translation>Originaldatensatz in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="193"/>
        <source>Select an event to see the record exactly as it was in the artifact.</source>
        <translation>Wählen Sie ein Ereignis, um den Datensatz genau so zu sehen, wie er im Artefakt stand.</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="259"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="276"/>
        <source>%1 (%2 in the node&apos;s passwd)</source>
        <translation>%1 (%2 in der passwd des Nodes)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="287"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="288"/>
        <source>%1 (the request began then; the time above is when it ended)</source>
        <translation>%1 (Beginn der Anfrage; die Zeit oben ist ihr Ende)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="317"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="323"/>
        <source>%1, entry %2 (byte %3)</source>
        <translation>%1, Eintrag %2 (Byte %3)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="324"/>
        <source>%1, record %2 (byte %3)</source>
        <translation>%1, Datensatz %2 (Byte %3)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="325"/>
        <source>%1, line %2 (byte %3)</source>
        <translation>%1, Zeile %2 (Byte %3)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="347"/>
        <source>Original record: no case open</source>
        <translation>Originaldatensatz: kein Fall geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="354"/>
        <source>Original record could not be read: %1</source>
        <translation>Originaldatensatz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="365"/>
        <source>Original record: entry %1, its fields decoded from its %2 bytes (fields: %3)</source>
        <translation>Originaldatensatz: Eintrag %1, seine Felder aus seinen %2 Bytes dekodiert (Felder: %3)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="376"/>
        <source>Original record: %1 bytes of entry %2</source>
        <translation>Originaldatensatz: %1 Bytes von Eintrag %2</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="377"/>
        <source>Original record: %1 bytes, record %2</source>
        <translation>Originaldatensatz: %1 Bytes, Datensatz %2</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="378"/>
        <source>Original record: %1 bytes at line %2</source>
        <translation>Originaldatensatz: %1 Bytes in Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="383"/>
        <source> (first %1 shown)</source>
        <translation> (die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="389"/>
        <source>, binary: as utmpdump prints it (in UTC), then in hexadecimal</source>
        <translation>, binär: wie utmpdump ihn ausgibt (in UTC), dann hexadezimal</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="394"/>
        <source>, binary, in hexadecimal</source>
        <translation>, binär, hexadezimal</translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="400"/>
        <source>, JSON pretty-printed</source>
        <translation>, JSON formatiert</translation>
    </message>
</context>
<context>
    <name>ab::Event</name>
    <message>
        <location filename="../core/model/Event.cpp" line="14"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="16"/>
        <source>year inferred</source>
        <translation>Jahr abgeleitet</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="18"/>
        <source>no zone in the record; assumed zone applied</source>
        <translation>keine Zone im Datensatz; angenommene Zone angewendet</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="20"/>
        <source>no time in the record; artifact time used</source>
        <translation>keine Zeit im Datensatz; Zeit des Artefakts verwendet</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="22"/>
        <source>no time in the record; taken from the line before</source>
        <translation>keine Zeit im Datensatz; von der vorherigen Zeile übernommen</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="24"/>
        <source>time since boot; the boot dated by a clock line</source>
        <translation>Zeit seit dem Start; der Start durch eine Uhrzeile datiert</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="26"/>
        <source>an age counted back from the artifact&apos;s time; as close as its unit</source>
        <translation>ein Alter, von der Zeit des Artefakts zurückgerechnet; so genau wie seine Einheit</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="29"/>
        <source>the day alone; the time of day is not known</source>
        <translation>nur der Tag; die Uhrzeit ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../core/model/Event.cpp" line="31"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ab::EventsModel</name>
    <message>
        <location filename="../ui/EventsModel.cpp" line="266"/>
        <location filename="../ui/EventsModel.cpp" line="398"/>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="269"/>
        <location filename="../ui/EventsPanel.cpp" line="531"/>
        <location filename="../ui/EventsPanel.cpp" line="534"/>
        <location filename="../ui/EventsPanel.cpp" line="542"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="340"/>
        <source>%1
Time quality: %2</source>
        <translation>%1
Zeitqualität: %2</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="342"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="342"/>
        <source>Client error: refused or not found</source>
        <translation>Client-Fehler: abgelehnt oder nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="345"/>
        <source>No user name in the record: authentication failed, or the source does not say</source>
        <translation>Kein Benutzername im Datensatz: Authentifizierung fehlgeschlagen, oder die Quelle sagt es nicht</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="350"/>
        <source>%1
impersonating %2</source>
        <translation>%1
im Namen von %2</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="414"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="416"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="418"/>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="420"/>
        <source>Resource / object</source>
        <translation>Ressource / Objekt</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="422"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="424"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="426"/>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="428"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="430"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="432"/>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="434"/>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="436"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="438"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="440"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="442"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="447"/>
        <source>Events are always in time order (oldest first). Other columns do not sort: narrow the list with the filter instead.</source>
        <translation>Ereignisse sind immer zeitlich geordnet (älteste zuerst). Andere Spalten sortieren nicht: Grenzen Sie die Liste stattdessen mit dem Filter ein.</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="450"/>
        <source>Who acted. Service accounts are shown as sa:NAMESPACE:NAME and nodes as node:NAME; the tooltip and the detail pane give the full name.
Right-click to show or hide columns. Rows are in time order only.</source>
        <translation>Wer gehandelt hat. Service-Accounts erscheinen als sa:NAMESPACE:NAME, Nodes als node:NAME; Tooltip und Detailbereich zeigen den vollen Namen.
Rechtsklick blendet Spalten ein oder aus. Zeilen sind nur zeitlich geordnet.</translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="453"/>
        <source>Right-click to show or hide columns. Rows are in time order only.</source>
        <translation>Rechtsklick blendet Spalten ein oder aus. Zeilen sind nur zeitlich geordnet.</translation>
    </message>
</context>
<context>
    <name>ab::EventsPanel</name>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="74"/>
        <source>Filter (Ctrl+F): verb=delete user~alice code&gt;=400 ns=kube-system &quot;token&quot;</source>
        <translation>Filter (Strg+F): verb=delete user~alice code&gt;=400 ns=kube-system &quot;token&quot;</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="79"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="80"/>
        <source>Filter fields and syntax</source>
        <translation>Filterfelder und Syntax</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="119"/>
        <source>Activity &amp;Histogram</source>
        <translation>Aktivitäts&amp;histogramm</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="122"/>
        <source>Show how the filter&apos;s events spread over time above the table</source>
        <translation>Über der Tabelle zeigen, wie sich die Ereignisse des Filters über die Zeit verteilen</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="130"/>
        <source>Stac&amp;k Histogram by Source</source>
        <translation>Histogramm nach &amp;Quelle stapeln</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="133"/>
        <source>Stack the histogram&apos;s bars by source kind: which source made a burst, which fell silent</source>
        <translation>Die Balken des Histogramms nach Quellenart stapeln: welche Quelle einen Ausschlag machte, welche verstummte</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="134"/>
        <source>Stack Histogram by &amp;Node</source>
        <translation>Histogramm nach K&amp;noten stapeln</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="137"/>
        <source>Stack the histogram&apos;s bars by node: which node made a burst, which stopped logging</source>
        <translation>Die Balken des Histogramms nach Knoten stapeln: welcher Knoten einen Ausschlag machte, welcher zu protokollieren aufhörte</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="155"/>
        <source>&amp;Zoom In on Selected Event</source>
        <translation>Um gewähltes Ereignis &amp;vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="159"/>
        <source>Halve the filter&apos;s time window, around the selected event</source>
        <translation>Das Zeitfenster des Filters um das gewählte Ereignis halbieren</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="161"/>
        <source>Zoom &amp;Out in Time</source>
        <translation>Zeitlich ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="164"/>
        <source>Double the filter&apos;s time window</source>
        <translation>Das Zeitfenster des Filters verdoppeln</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="166"/>
        <source>&amp;Whole Time Range</source>
        <translation>&amp;Ganzer Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="169"/>
        <source>Take the time terms out of the filter</source>
        <translation>Die Zeitbedingungen aus dem Filter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="192"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="192"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="192"/>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="192"/>
        <source>Namespace/pod</source>
        <translation>Namespace/Pod</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="192"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="192"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="301"/>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="421"/>
        <source>&lt;p&gt;&lt;b&gt;Filter syntax&lt;/b&gt; (the same as &lt;code&gt;auditbench-cli events --filter&lt;/code&gt;)&lt;/p&gt;&lt;p&gt;Terms are ANDed. &lt;code&gt;field=value&lt;/code&gt;, &lt;code&gt;!=&lt;/code&gt;, &lt;code&gt;~&lt;/code&gt; (contains), &lt;code&gt;!~&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt; &lt;code&gt;&amp;gt;=&lt;/code&gt; &lt;code&gt;&amp;lt;&lt;/code&gt; &lt;code&gt;&amp;lt;=&lt;/code&gt;; &lt;code&gt;*&lt;/code&gt; is a wildcard; &lt;code&gt;=a,b,c&lt;/code&gt; matches any; a bare word or &lt;code&gt;&quot;quoted phrase&quot;&lt;/code&gt; searches the full text.&lt;/p&gt;&lt;p&gt;Example: &lt;code&gt;verb=delete,patch user~alice code&amp;gt;=400 time&amp;gt;=2024-05-01T10:00Z&lt;/code&gt;&lt;/p&gt;&lt;table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Filtersyntax&lt;/b&gt; (dieselbe wie bei &lt;code&gt;auditbench-cli events --filter&lt;/code&gt;)&lt;/p&gt;&lt;p&gt;Terme sind UND-verknüpft. &lt;code&gt;feld=wert&lt;/code&gt;, &lt;code&gt;!=&lt;/code&gt;, &lt;code&gt;~&lt;/code&gt; (enthält), &lt;code&gt;!~&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt; &lt;code&gt;&amp;gt;=&lt;/code&gt; &lt;code&gt;&amp;lt;&lt;/code&gt; &lt;code&gt;&amp;lt;=&lt;/code&gt;; &lt;code&gt;*&lt;/code&gt; = Platzhalter; &lt;code&gt;=a,b,c&lt;/code&gt; = einer davon; ein Wort oder eine &lt;code&gt;&quot;Phrase&quot;&lt;/code&gt; durchsucht den Volltext.&lt;/p&gt;&lt;p&gt;Beispiel: &lt;code&gt;verb=delete,patch user~alice code&amp;gt;=400 time&amp;gt;=2024-05-01T10:00Z&lt;/code&gt;&lt;/p&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="485"/>
        <source>Invalid filter: %1</source>
        <translation>Ungültiger Filter: %1</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="486"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="487"/>
        <source>Invalid filter: %1. The rows shown are those of the previous filter.</source>
        <translation>Ungültiger Filter: %1. Angezeigt werden die Zeilen des vorherigen Filters.</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="500"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="504"/>
        <source>%1 matching</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="505"/>
        <source>Events matching the filter, in time order</source>
        <translation>Ereignisse, die dem Filter entsprechen, in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="521"/>
        <source>Columns for audit events</source>
        <translation>Spalten für Audit-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="522"/>
        <source>Columns for logs</source>
        <translation>Spalten für Logs</translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="524"/>
        <source>Rows are in time order only</source>
        <translation>Zeilen sind nur zeitlich geordnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/EventsPanel.cpp" line="598"/>
        <source>The first %n events read. The timeline shows every event once the import is committed; until then nothing is written to the case.</source>
        <translation>
            <numerusform>Das erste gelesene Ereignis. Die Zeitleiste zeigt alle Ereignisse, sobald der Import festgeschrieben ist; bis dahin wird nichts in den Fall geschrieben.</numerusform>
            <numerusform>Die ersten %n gelesenen Ereignisse. Die Zeitleiste zeigt alle Ereignisse, sobald der Import festgeschrieben ist; bis dahin wird nichts in den Fall geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::FindingsModel</name>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="77"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="120"/>
        <location filename="../ui/FindingsModel.cpp" line="130"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="122"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="124"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="126"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="128"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="200"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="200"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="257"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="262"/>
        <source>Severity %1, as the tool (%2) rated it</source>
        <translation>Schweregrad %1, wie vom Tool (%2) bewertet</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="263"/>
        <source>Severity %1; %2 said &quot;%3&quot;</source>
        <translation>Schweregrad %1; %2 meldete „%3“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FindingsModel.cpp" line="203"/>
        <source>%1: %n finding(s), the most severe %2</source>
        <translation>
            <numerusform>%1: %n Befund, der schwerste %2</numerusform>
            <numerusform>%1: %n Befunde, der schwerste %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FindingsModel.cpp" line="265"/>
        <source>Reported %n time(s), by: %1</source>
        <translation>
            <numerusform>%n-mal gemeldet, von: %1</numerusform>
            <numerusform>%n-mal gemeldet, von: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="268"/>
        <source>SOC 2 criteria this finding is evidence for: %1</source>
        <translation>SOC-2-Kriterien, für die dieser Befund ein Nachweis ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="272"/>
        <location filename="../ui/FindingsModel.cpp" line="274"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="319"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="321"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="323"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="325"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="327"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="329"/>
        <source>Seen by</source>
        <translation>Gesehen von</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="331"/>
        <source>SOC 2</source>
        <translation>SOC 2</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="333"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="337"/>
        <source>SOC 2 trust services criteria the finding is evidence for</source>
        <translation>SOC-2-Trust-Services-Kriterien, für die der Befund ein Nachweis ist</translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="339"/>
        <source>The tools that reported this problem (the same CVE in the same package of the same image)</source>
        <translation>Die Tools, die dieses Problem gemeldet haben (dieselbe CVE im selben Paket desselben Images)</translation>
    </message>
</context>
<context>
    <name>ab::FindingsPanel</name>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="105"/>
        <source>Filter findings: CVE, rule, image, package, resource…</source>
        <translation>Befunde filtern: CVE, Regel, Image, Paket, Ressource…</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="109"/>
        <source>Any severity</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="110"/>
        <source>Low and above</source>
        <translation>Ab Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="111"/>
        <source>Medium and above</source>
        <translation>Ab Mittel</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="112"/>
        <source>High and above</source>
        <translation>Ab Hoch</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="113"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="118"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="119"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="120"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="121"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="122"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="123"/>
        <location filename="../ui/FindingsPanel.cpp" line="428"/>
        <source>Overridden</source>
        <translation>Außer Kraft gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="126"/>
        <source>No grouping</source>
        <translation>Ohne Gruppierung</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="127"/>
        <source>Group by image</source>
        <translation>Nach Image</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="128"/>
        <source>Group by resource</source>
        <translation>Nach Ressource</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="129"/>
        <source>Group by rule</source>
        <translation>Nach Regel</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="197"/>
        <source>Select a finding to see the lines of the artifact it points at.</source>
        <translation>Wählen Sie einen Befund, um die Zeilen des Artefakts zu sehen, auf die er verweist.</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="324"/>
        <source>%1 overridden</source>
        <translation>%1 außer Kraft gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="329"/>
        <source>no findings shown</source>
        <translation>Keine Befunde angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="329"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="332"/>
        <source>%1 of %2 findings shown, and %3 overridden by other evidence</source>
        <translation>%1 von %2 Befunden angezeigt, dazu %3 durch andere Belege außer Kraft gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="336"/>
        <source>%1 of %2 findings shown</source>
        <translation>%1 von %2 Befunden angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="353"/>
        <source>Any tool</source>
        <translation>Alle Tools</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="371"/>
        <location filename="../ui/FindingsPanel.cpp" line="451"/>
        <source>Artifact lines</source>
        <translation>Artefaktzeilen</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="373"/>
        <source>&lt;p&gt;No findings in this case.&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Findings come from checks run at import, such as the hygiene checks of kubeconfig files, and from scanner outputs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Befunde in diesem Fall.&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Befunde stammen aus Prüfungen beim Import, etwa den Hygieneprüfungen von kubeconfig-Dateien, und aus Scanner-Ausgaben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="376"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a finding.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wählen Sie einen Befund.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="381"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="389"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="392"/>
        <source>Tool&apos;s rating</source>
        <translation>Bewertung des Tools</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="394"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="394"/>
        <source>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="399"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="400"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="401"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="402"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="404"/>
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="405"/>
        <source>CWE</source>
        <translation>CWE</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="406"/>
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="408"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="410"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="412"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="418"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="421"/>
        <source>Seen by</source>
        <translation>Gesehen von</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="424"/>
        <source>SOC 2</source>
        <translation>SOC 2</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="426"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="429"/>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="431"/>
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="436"/>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="451"/>
        <source>%1: the finding names no line</source>
        <translation>%1: Der Befund nennt keine Zeile</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="458"/>
        <source>%1: reading the lines around line %2…</source>
        <translation>%1: die Zeilen um Zeile %2 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="477"/>
        <source>%1: lines could not be read: %2</source>
        <translation>%1: Zeilen konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="482"/>
        <source>%1: line %2 is not in the stored original</source>
        <translation>%1: Zeile %2 ist nicht im gespeicherten Original</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="493"/>
        <source>%1, lines %2–%3, as stored (secrets replaced by fingerprints)</source>
        <translation>%1, Zeilen %2–%3, wie gespeichert (Geheimnisse durch Fingerabdrücke ersetzt)</translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="494"/>
        <source>%1, lines %2–%3, as stored in the case</source>
        <translation>%1, Zeilen %2–%3, wie im Fall gespeichert</translation>
    </message>
</context>
<context>
    <name>ab::GapsDialog</name>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="47"/>
        <source>Gaps in the Evidence</source>
        <translation>Lücken in den Belegen</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="51"/>
        <source>All events together</source>
        <translation>Alle Ereignisse zusammen</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="52"/>
        <source>Each node</source>
        <translation>Jeder Knoten</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="53"/>
        <source>Each source kind</source>
        <translation>Jede Quellart</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="54"/>
        <source>Each artifact</source>
        <translation>Jedes Artefakt</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="59"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="59"/>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="59"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="59"/>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="60"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="60"/>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="60"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="70"/>
        <source>Look in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="71"/>
        <source>Silent for at least:</source>
        <translation>Still für mindestens:</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="75"/>
        <source>Where / gap from (UTC)</source>
        <translation>Wo / Lücke ab (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="75"/>
        <source>Gap until (UTC)</source>
        <translation>Lücke bis (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="75"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="75"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="84"/>
        <location filename="../ui/GapsDialog.cpp" line="247"/>
        <source>%1, the whole period</source>
        <translation>%1, der ganze Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="96"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="99"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="101"/>
        <source>Copy the gaps as tab-separated lines, for a spreadsheet or a workpaper</source>
        <translation>Die Lücken als tabulatorgetrennte Zeilen kopieren, für eine Tabelle oder ein Arbeitspapier</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="133"/>
        <source>Among all the events of the case.</source>
        <translation>Unter allen Ereignissen des Falls.</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="134"/>
        <source>Among the events the timeline&apos;s filter matches: %1</source>
        <translation>Unter den Ereignissen, die der Filter der Zeitleiste trifft: %1</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="204"/>
        <source>no logs at all</source>
        <translation>gar keine Logs</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="220"/>
        <source>no quiet stretch</source>
        <translation>keine ruhige Strecke</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="221"/>
        <source>1 quiet stretch</source>
        <translation>1 ruhige Strecke</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="222"/>
        <source>%1 quiet stretches</source>
        <translation>%1 ruhige Strecken</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="223"/>
        <source>Evidence from %1 to %2 UTC. This source writes only when something happens: its silences are quiet hours, not gaps in logging</source>
        <translation>Belege von %1 bis %2 UTC. Diese Quelle schreibt nur, wenn etwas geschieht: ihre Stille sind ruhige Stunden, keine Lücken in der Protokollierung</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="257"/>
        <source>Double-click or press Enter to see its kubelet&apos;s requests</source>
        <translation>Doppelklick oder Eingabe zeigt die Anfragen seines Kubelets</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="279"/>
        <source>%1 of %2 have a gap that long.</source>
        <translation>%1 von %2 haben eine so lange Lücke.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/GapsDialog.cpp" line="281"/>
        <source>%n logged nothing in the whole period.</source>
        <translation>
            <numerusform>%n hat im ganzen Zeitraum nichts protokolliert.</numerusform>
            <numerusform>%n haben im ganzen Zeitraum nichts protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="282"/>
        <source>Double-click a gap to see the timeline around it.</source>
        <translation>Doppelklick auf eine Lücke zeigt die Zeitleiste um sie herum.</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="146"/>
        <source>The filter is not valid: %1</source>
        <translation>Der Filter ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="158"/>
        <source>Looking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="181"/>
        <source>Could not look: %1</source>
        <translation>Suche nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="190"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="192"/>
        <source>(no node)</source>
        <translation>(kein Knoten)</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="192"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="204"/>
        <source>silent throughout</source>
        <translation>durchweg still</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="206"/>
        <source>No event in the whole period, though there are events outside it</source>
        <translation>Kein Ereignis im ganzen Zeitraum, obwohl es außerhalb Ereignisse gibt</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="207"/>
        <source>Named by %1, but no log in the case comes from it: its logs were not imported</source>
        <translation>Genannt von: %1, aber kein Log im Fall stammt von ihm: seine Logs wurden nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="214"/>
        <source>no gap</source>
        <translation>keine Lücke</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="215"/>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="216"/>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="217"/>
        <source>Evidence from %1 to %2 UTC</source>
        <translation>Belege von %1 bis %2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="84"/>
        <location filename="../ui/GapsDialog.cpp" line="245"/>
        <source>%1, before its first</source>
        <translation>%1, vor seinem ersten</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="84"/>
        <location filename="../ui/GapsDialog.cpp" line="246"/>
        <source>%1, after its last</source>
        <translation>%1, nach seinem letzten</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="136"/>
        <source>Its time window, %1 to %2 UTC, is the period they should cover: silence at its start or end counts, and so does a whole period without an event.</source>
        <translation>Sein Zeitfenster, %1 bis %2 UTC, ist der Zeitraum, den sie abdecken sollen: Stille an seinem Anfang oder Ende zählt, ebenso ein ganzer Zeitraum ohne Ereignis.</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="256"/>
        <source>Double-click or press Enter to see the timeline around this gap</source>
        <translation>Doppelklick oder Eingabetaste zeigt die Zeitleiste um diese Lücke</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="264"/>
        <source>… and 1 shorter one</source>
        <translation>… und 1 kürzere</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="265"/>
        <source>… and %1 shorter ones</source>
        <translation>… und %1 kürzere</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="274"/>
        <source>No events match the filter.</source>
        <translation>Keine Ereignisse passen zum Filter.</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="276"/>
        <source>The events fall silent: the longest gaps are listed.</source>
        <translation>Die Ereignisse setzen aus: die längsten Lücken sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/GapsDialog.cpp" line="277"/>
        <source>No gap that long: the events never fall silent for it.</source>
        <translation>Keine so lange Lücke: die Ereignisse setzen nie so lange aus.</translation>
    </message>
</context>
<context>
    <name>ab::ImportProgressWidget</name>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="31"/>
        <source>Stop the import (Esc). Nothing of it is kept: the case stays as it was.</source>
        <translation>Import anhalten (Esc). Nichts davon bleibt erhalten: Der Fall bleibt, wie er war.</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="37"/>
        <source>Importing in the background: you can keep working. Esc cancels.</source>
        <translation>Import läuft im Hintergrund: Sie können weiterarbeiten. Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="43"/>
        <source>Starting import (inputs: %1)…</source>
        <translation>Import wird gestartet (Eingaben: %1)…</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="59"/>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="64"/>
        <source>%p% of %1</source>
        <translation>%p % von %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="68"/>
        <source>Removing the artifacts replaced…</source>
        <translation>Ersetzte Artefakte werden entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="72"/>
        <source>Indexing…</source>
        <translation>Wird indiziert…</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="76"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="80"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="85"/>
        <source>Cancelling; rolling back…</source>
        <translation>Wird abgebrochen; Änderungen werden zurückgenommen…</translation>
    </message>
</context>
<context>
    <name>ab::ImportSummaryDialog</name>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="45"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="47"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="49"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="74"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="76"/>
        <source>skipped (duplicate)</source>
        <translation>übersprungen (Duplikat)</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="78"/>
        <source>unrecognized</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="80"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="82"/>
        <source>link, not followed</source>
        <translation>Link, nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="84"/>
        <source>read, not kept</source>
        <translation>gelesen, nicht behalten</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="94"/>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="102"/>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="104"/>
        <source>skipped as duplicates: %1</source>
        <translation>als Duplikate übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="106"/>
        <source>unrecognized: %1</source>
        <translation>nicht erkannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="108"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="110"/>
        <source>links not followed: %1</source>
        <translation>nicht verfolgte Links: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="112"/>
        <source>read for names, not kept: %1</source>
        <translation>für Namen gelesen, nicht behalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="113"/>
        <source>%1. Stored %2 events, %3 resources and %4 findings in %5 s.</source>
        <translation>%1. %2 Ereignisse, %3 Ressourcen und %4 Befunde in %5 s gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="118"/>
        <source>The case worked out %1 more findings from several files: a kubelet&apos;s command line on its flags&apos; defaults and on the flags of variables only its command shows are its own.</source>
        <translation>Der Fall hat %1 weitere Befunde aus mehreren Dateien ermittelt: die Befehlszeile eines Kubelets mit den Standardwerten seiner Flags und den Flags von Variablen, die erst sein Befehl als seine ausweist.</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="125"/>
        <location filename="../ui/ImportSummaryDialog.cpp" line="147"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="125"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="125"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="125"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="125"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="126"/>
        <source>Issues</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="126"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="147"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="147"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="147"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="147"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="147"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="165"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="167"/>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="171"/>
        <source>First lines: %1</source>
        <translation>Erste Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="180"/>
        <source>Issues (the import went on past each of them):</source>
        <translation>Meldungen (der Import lief jeweils weiter):</translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="180"/>
        <source>No issues were recorded.</source>
        <translation>Es wurden keine Meldungen erfasst.</translation>
    </message>
</context>
<context>
    <name>ab::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Create an empty case file (Ctrl+N)</source>
        <translation>Leere Falldatei anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Open Case…</source>
        <translation>Fall ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Open a case file (Ctrl+O)</source>
        <translation>Falldatei öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Close Case</source>
        <translation>Fall &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <location filename="../ui/MainWindow.cpp" line="1518"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Import evidence files into the case (Ctrl+I)</source>
        <translation>Nachweisdateien in den Fall importieren (Strg+I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <location filename="../ui/MainWindow.cpp" line="1530"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Import every file under a folder (Ctrl+Shift+I)</source>
        <translation>Alle Dateien unterhalb eines Ordners importieren (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Export Events…</source>
        <translation>Ereignisse &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>The time zone applied to log timestamps that carry none (syslog, klog); the import summary says where it was applied</source>
        <translation>Die Zeitzone für Log-Zeitstempel ohne eigene Zone (syslog, klog); die Importübersicht zeigt, wo sie angewendet wurde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Co&amp;mpact Case…</source>
        <translation>Fall ko&amp;mprimieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Give the space removed artifacts left in the case file back to the disk</source>
        <translation>Den Platz, den entfernte Artefakte in der Falldatei hinterlassen haben, an den Datenträger zurückgeben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Filter Events</source>
        <translation>Ereignisse &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Type a filter for the events (Ctrl+F or Ctrl+L)</source>
        <translation>Filter für die Ereignisse eingeben (Strg+F oder Strg+L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>Filter &amp;Syntax</source>
        <translation>Filter&amp;syntax</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;Gaps in the Evidence…</source>
        <translation>Lü&amp;cken in den Belegen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Find where the filter&apos;s events fall silent, for each node, source or artifact</source>
        <translation>Finden, wo die Ereignisse des Filters aussetzen, je Knoten, Quelle oder Artefakt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;Access Review…</source>
        <translation>&amp;Zugangsprüfung …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Who can log in to each node and become root there, from its accounts, sudo rules, keys and logins</source>
        <translation>Wer sich an jedem Node anmelden und dort root werden kann, aus seinen Konten, sudo-Regeln, Schlüsseln und Anmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Columns for &amp;Audit Events</source>
        <translation>Spalten für &amp;Audit-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Show who did what to which object: user, verb, object, code, source IP</source>
        <translation>Zeigen, wer was mit welchem Objekt getan hat: Benutzer, Verb, Objekt, Code, Quell-IP</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Columns for &amp;Logs</source>
        <translation>Spalten für &amp;Logs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Show where each line came from and what it says: node, namespace, pod, container, source, message</source>
        <translation>Zeigen, woher jede Zeile kommt und was sie sagt: Knoten, Namespace, Pod, Container, Quelle, Meldung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>&amp;Event</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <location filename="../ui/MainWindow.cpp" line="1660"/>
        <source>Filter by This &amp;User</source>
        <translation>Nach diesem &amp;Benutzer filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <location filename="../ui/MainWindow.cpp" line="1661"/>
        <source>Filter by This Source &amp;IP</source>
        <translation>Nach dieser Quell-&amp;IP filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <location filename="../ui/MainWindow.cpp" line="1662"/>
        <source>Filter by This &amp;Verb</source>
        <translation>Nach diesem &amp;Verb filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <location filename="../ui/MainWindow.cpp" line="1663"/>
        <source>Filter by This Object &amp;Name</source>
        <translation>Nach diesem Objekt&amp;namen filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <location filename="../ui/MainWindow.cpp" line="1666"/>
        <source>Filter by This N&amp;ode</source>
        <translation>Nach diesem Kn&amp;oten filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <location filename="../ui/MainWindow.cpp" line="1668"/>
        <source>Filter by This &amp;Pod</source>
        <translation>Nach diesem &amp;Pod filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <location filename="../ui/MainWindow.cpp" line="1670"/>
        <source>Filter by This Con&amp;tainer</source>
        <translation>Nach diesem &amp;Container filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>Show &amp;Everything Around This Event</source>
        <translation>&amp;Alles um dieses Ereignis zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>Every source&apos;s events within a minute of this one, without the filter&apos;s other terms (Zoom Out in Time widens it)</source>
        <translation>Die Ereignisse aller Quellen eine Minute um dieses, ohne die übrigen Bedingungen des Filters (Zeitlich verkleinern erweitert das Fenster)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>&amp;Copy Raw Record</source>
        <translation>Rohdatensatz &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Copy the event&apos;s original record, byte for byte, to the clipboard</source>
        <translation>Den Originaldatensatz des Ereignisses Byte für Byte in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>&amp;About Auditbench</source>
        <translation>&amp;Über Auditbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>&lt;h2&gt;No case open&lt;/h2&gt;&lt;p&gt;Create a case (Ctrl+N) or open one (Ctrl+O).&lt;br&gt;Then import evidence (Ctrl+I), or drop files and folders on this window:&lt;br&gt;Kubernetes audit logs, kubeconfigs, scanner outputs, log archives.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Fall geöffnet&lt;/h2&gt;&lt;p&gt;Legen Sie einen Fall an (Strg+N) oder öffnen Sie einen (Strg+O).&lt;br&gt;Importieren Sie dann Nachweise (Strg+I) oder ziehen Sie Dateien und Ordner auf dieses Fenster:&lt;br&gt;Kubernetes-Audit-Logs, kubeconfigs, Scanner-Ausgaben, Log-Archive.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>New Case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Open Case…</source>
        <translation>Fall öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="378"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <location filename="../ui/MainWindow.cpp" line="1644"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>The events of the case in time order (Ctrl+2)</source>
        <translation>Die Ereignisse des Falls in zeitlicher Reihenfolge (Strg+2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <location filename="../ui/MainWindow.cpp" line="1649"/>
        <source>Findings of the import checks and scanners, most severe first (Ctrl+3)</source>
        <translation>Befunde der Importprüfungen und Scanner, schwerste zuerst (Strg+3)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384"/>
        <source>Objects from manifests, dumps and scanner reports, by namespace and kind (Ctrl+4)</source>
        <translation>Objekte aus Manifesten, Dumps und Scanner-Berichten, nach Namespace und Art (Strg+4)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Resources (%1)</source>
        <translation>Ressourcen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Double-click an artifact (or press Enter) to see only its events, or its findings</source>
        <translation>Doppelklicken Sie auf ein Artefakt (oder drücken Sie die Eingabetaste), um nur seine Ereignisse oder Befunde zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="473"/>
        <source>&amp;Remove from Case…</source>
        <translation>Aus dem Fall &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477"/>
        <source>Take the artifact and everything read from it out of the case (Delete)</source>
        <translation>Das Artefakt und alles daraus Gelesene aus dem Fall nehmen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>Re-import with &amp;Time Zone…</source>
        <translation>Mit anderer &amp;Zeitzone neu importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="482"/>
        <source>Read the artifact&apos;s file again, its undated times (syslog, klog) in another zone, in its place</source>
        <translation>Die Datei des Artefakts an seiner Stelle neu einlesen, mit ihren Zeiten ohne Zone (syslog, klog) in einer anderen Zone</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Re-import with &amp;Year…</source>
        <translation>Mit &amp;Jahr neu importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>Read the artifact&apos;s file again, its lines without a year (syslog, klog) ending in a year you choose, in its place: for files whose time was not kept</source>
        <translation>Die Datei des Artefakts erneut lesen, an ihrem Platz, ihre Zeilen ohne Jahr (syslog, klog) endend in einem gewählten Jahr: für Dateien, deren Zeit nicht erhalten wurde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="533"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="546"/>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="606"/>
        <source>Query failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>The objects could not be read: %1</source>
        <translation>Die Objekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="621"/>
        <source>Time Zone of Undated Logs: %1…</source>
        <translation>Zeitzone für Logs ohne Zone: %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="636"/>
        <source>Time Zone of Undated Logs</source>
        <translation>Zeitzone für Logs ohne Zone</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>Syslog and klog lines carry no time zone. Imports read them as local time of:</source>
        <translation>Syslog- und klog-Zeilen enthalten keine Zeitzone. Importe lesen sie als Ortszeit von:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="667"/>
        <location filename="../ui/MainWindow.cpp" line="738"/>
        <source>Cannot export the events</source>
        <translation>Die Ereignisse können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="668"/>
        <source>The filter is not valid: %1</source>
        <translation>Der Filter ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="676"/>
        <location filename="../ui/MainWindow.cpp" line="691"/>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="677"/>
        <source>CSV (*.csv);;JSON Lines, one event a line (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines, ein Ereignis je Zeile (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="688"/>
        <source>Exporting %1 events to %2…</source>
        <translation>%1 Ereignisse werden nach %2 exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="688"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="732"/>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="736"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="753"/>
        <location filename="../ui/MainWindow.cpp" line="792"/>
        <source>Cannot remove artifact</source>
        <translation>Artefakt kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="758"/>
        <source>%1 events, %2 findings, %3 resources and %4 issues</source>
        <translation>%1 Ereignisse, %2 Befunde, %3 Ressourcen und %4 Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="762"/>
        <source>its %1 archive members, %2</source>
        <translation>seine %1 Archivmitglieder, %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="764"/>
        <source>Remove from Case</source>
        <translation>Aus dem Fall entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="765"/>
        <source>Remove %1 from the case?

This takes out %2 read from it, and its stored copy. The journal records the removal; the file on disk is not touched.</source>
        <translation>%1 aus dem Fall entfernen?

Dabei werden %2 (daraus gelesen) und seine gespeicherte Kopie entfernt. Das Journal erfasst das Entfernen; die Datei auf dem Datenträger bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="768"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="773"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="793"/>
        <source>The removal failed and was rolled back; the case was not changed.

%1</source>
        <translation>Das Entfernen ist fehlgeschlagen und wurde zurückgenommen; der Fall wurde nicht verändert.

%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="799"/>
        <source>Removed %1: %2 events, %3 findings, %4 resources.</source>
        <translation>%1 entfernt: %2 Ereignisse, %3 Befunde, %4 Ressourcen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="805"/>
        <source>File › Compact Case gives %1 back to the disk.</source>
        <translation>Datei › Fall komprimieren gibt %1 an den Datenträger zurück.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="832"/>
        <location filename="../ui/MainWindow.cpp" line="877"/>
        <source>Cannot compact the case</source>
        <translation>Der Fall kann nicht komprimiert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="833"/>
        <source>An artifact is being removed. Compact the case when that is done.</source>
        <translation>Ein Artefakt wird gerade entfernt. Komprimieren Sie den Fall, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="834"/>
        <source>An import is running. Compact the case when it is done, or cancel the import (Esc).</source>
        <translation>Ein Import läuft. Komprimieren Sie den Fall, wenn er abgeschlossen ist, oder brechen Sie den Import ab (Esc).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="841"/>
        <source>Compact Case</source>
        <translation>Fall komprimieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="842"/>
        <source>Compact %1?

The case file takes %2; %3 of it is space that removed artifacts left free. Imports reuse it, but the disk gets it back only when the case is rewritten without it. Compacting does that.

It needs free disk space about the size of the case and takes a while for a big one. Once started it cannot be cancelled; if it fails the case stays as it was. The case cannot be browsed meanwhile.</source>
        <translation>%1 komprimieren?

Die Falldatei belegt %2; %3 davon ist Platz, den entfernte Artefakte freigegeben haben. Importe verwenden ihn wieder, aber der Datenträger erhält ihn erst zurück, wenn der Fall ohne ihn neu geschrieben wird. Das Komprimieren erledigt das.

Es benötigt freien Speicherplatz etwa in der Größe des Falls und dauert bei einem großen Fall eine Weile. Einmal gestartet, kann es nicht abgebrochen werden; schlägt es fehl, bleibt der Fall unverändert. Währenddessen kann der Fall nicht durchsucht werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="849"/>
        <source>Compact</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="857"/>
        <source>Compacting %1… This cannot be cancelled.</source>
        <translation>%1 wird komprimiert… Das kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="878"/>
        <source>The case was not rewritten; nothing in it changed.

%1</source>
        <translation>Der Fall wurde nicht neu geschrieben; nichts darin hat sich geändert.

%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="881"/>
        <source>Compacted %1: %2 → %3.</source>
        <translation>%1 komprimiert: %2 → %3.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="901"/>
        <source>Read %1 again, in its place, with undated times (syslog, klog) as local time of:</source>
        <translation>%1 an seiner Stelle neu einlesen, Zeiten ohne Zone (syslog, klog) als Ortszeit von:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="902"/>
        <source>%1 came from %2: that archive is read again, in its place, with undated times (syslog, klog) as local time of:</source>
        <translation>%1 stammt aus %2: Dieses Archiv wird an seiner Stelle neu eingelesen, Zeiten ohne Zone (syslog, klog) als Ortszeit von:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="905"/>
        <source>Re-import with Time Zone</source>
        <translation>Mit anderer Zeitzone neu importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="937"/>
        <source>Read %1 again, in its place, with its lines that carry no year (syslog, klog) ending in:</source>
        <translation>%1 erneut lesen, an seinem Platz, mit seinen Zeilen ohne Jahr (syslog, klog) endend in:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="939"/>
        <source>%1 came from %2: that archive is read again, in its place, with lines that carry no year (syslog, klog) ending in:</source>
        <translation>%1 stammt aus %2: dieses Archiv wird erneut gelesen, an seinem Platz, mit Zeilen ohne Jahr (syslog, klog) endend in:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="943"/>
        <source>Re-import with Year</source>
        <translation>Mit Jahr neu importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="982"/>
        <source>Where is %1?</source>
        <translation>Wo ist %1?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1046"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1053"/>
        <source>The open case is being compacted. Open another when that is done.</source>
        <translation>Der geöffnete Fall wird gerade komprimiert. Öffnen Sie einen anderen, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1056"/>
        <source>Opening another case stops the running import.</source>
        <translation>Das Öffnen eines anderen Falls beendet den laufenden Import.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1401"/>
        <source>Named by %1; no log in the case comes from it</source>
        <translation>Genannt von: %1; kein Log im Fall stammt von ihm</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1407"/>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Other evidence names them (a kubelet&apos;s requests in the API audit log, a Node object, a pod scheduled on it, an Event its kubelet reported), but no log in the case comes from them: their logs were not imported.&lt;/span&gt;&lt;br&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Andere Nachweise nennen sie (Anfragen eines Kubelets im Audit-Log des API-Servers, ein Node-Objekt, ein darauf geplanter Pod, ein von seinem Kubelet gemeldetes Event), aber kein Log im Fall stammt von ihnen: ihre Logs wurden nicht importiert.&lt;/span&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1411"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Click a source or node to see its events (a node without logs: its kubelet&apos;s requests). Double-click an artifact to see its events or findings. Drop files or folders on the window to import them.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Klicken Sie auf eine Quelle oder einen Knoten, um seine Ereignisse zu sehen (bei einem Knoten ohne Logs: die Anfragen seines Kubelets). Doppelklicken Sie auf ein Artefakt, um seine Ereignisse oder Befunde zu sehen. Ziehen Sie Dateien oder Ordner auf das Fenster, um sie zu importieren.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1052"/>
        <location filename="../ui/MainWindow.cpp" line="1073"/>
        <source>Cannot open case</source>
        <translation>Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Write the events the filter matches to a CSV or JSON Lines file, for a report or a script (Ctrl+Shift+E)</source>
        <translation>Die Ereignisse, auf die der Filter passt, in eine CSV- oder JSON-Lines-Datei schreiben, für einen Bericht oder ein Skript (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1073"/>
        <source>Cannot open this file as a case: %1</source>
        <translation>Diese Datei kann nicht als Fall geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1078"/>
        <source>Opened read-only: the file cannot be written, so nothing can be imported.</source>
        <translation>Schreibgeschützt geöffnet: Die Datei kann nicht geschrieben werden, daher ist kein Import möglich.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1087"/>
        <source>Upgrading %1 for this version of Auditbench…

A copy of the case as it was is written first, to %2.bak; then its indexes are built anew. A big case takes a while. If the upgrade fails, the case stays as it was.</source>
        <translation>%1 wird für diese Version von Auditbench aktualisiert…

Zuerst wird eine Kopie des Falls im bisherigen Zustand geschrieben, nach %2.bak; dann werden seine Indizes neu aufgebaut. Ein großer Fall braucht eine Weile. Schlägt die Aktualisierung fehl, bleibt der Fall, wie er war.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1098"/>
        <source>Upgrading Case</source>
        <translation>Fall wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1105"/>
        <source>Upgrading %1 from schema %2…</source>
        <translation>%1 wird von Schema %2 aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1132"/>
        <source>Upgraded %1; the copy as it was is %1.bak.</source>
        <translation>%1 aktualisiert; die Kopie im bisherigen Zustand ist %1.bak.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1154"/>
        <source>Creating a case stops the running import.</source>
        <translation>Das Anlegen eines Falls beendet den laufenden Import.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1158"/>
        <location filename="../ui/MainWindow.cpp" line="1493"/>
        <source>Cannot create case</source>
        <translation>Fall kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1225"/>
        <source>Closing the case stops the running import.</source>
        <translation>Das Schließen des Falls beendet den laufenden Import.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1275"/>
        <source>Findings could not be read: %1</source>
        <translation>Befunde konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1307"/>
        <source>Events: %1 · Artifacts: %2</source>
        <translation>Ereignisse: %1 · Artefakte: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1310"/>
        <source>%1 → %2 UTC</source>
        <translation>%1 → %2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1312"/>
        <source>First and last event:
%1
%2</source>
        <translation>Erstes und letztes Ereignis:
%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1315"/>
        <source>no events yet</source>
        <translation>noch keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1319"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1321"/>
        <source>All events shown</source>
        <translation>Alle Ereignisse angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1323"/>
        <source>Filter: %1 matching</source>
        <translation>Filter: %1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1331"/>
        <source>&lt;b&gt;Case&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Fall&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1333"/>
        <source>Created %1, schema %2&lt;br&gt;</source>
        <translation>Angelegt %1, Schema %2&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1334"/>
        <source>%1 events, %2 findings, %3 resources, %4 issues</source>
        <translation>%1 Ereignisse, %2 Befunde, %3 Ressourcen, %4 Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1344"/>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;Events by source&lt;/b&gt;&lt;table&gt;</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Ereignisse nach Quelle&lt;/b&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1348"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1356"/>
        <source>&lt;br&gt;&lt;b&gt;Events by node&lt;/b&gt; (%1)&lt;table&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Ereignisse nach Knoten&lt;/b&gt; (%1)&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1373"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1375"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1386"/>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1391"/>
        <source>&lt;br&gt;&lt;b&gt;Nodes without logs&lt;/b&gt; (%1)&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Knoten ohne Logs&lt;/b&gt; (%1)&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1406"/>
        <source>…and %1 more (auditbench-cli info lists them)&lt;br&gt;</source>
        <translation>…und %1 weitere (auditbench-cli info listet sie)&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1451"/>
        <source>Auditbench</source>
        <translation>Auditbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1456"/>
        <source>%1 – Auditbench</source>
        <translation>%1 – Auditbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1458"/>
        <source>%1 (read-only) – Auditbench</source>
        <translation>%1 (schreibgeschützt) – Auditbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1473"/>
        <source>No recent cases</source>
        <translation>Keine zuletzt geöffneten Fälle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1477"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1486"/>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1486"/>
        <source>Auditbench case (*.auditcase)</source>
        <translation>Auditbench-Fall (*.auditcase)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1494"/>
        <source>A file of this name exists already. Cases are never overwritten: choose another name, or open it with File ▸ Open Case.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits. Fälle werden nie überschrieben: Wählen Sie einen anderen Namen oder öffnen Sie sie mit Datei ▸ Fall öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1506"/>
        <source>Open Case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1506"/>
        <source>Auditbench case (*.auditcase);;All files (*)</source>
        <translation>Auditbench-Fall (*.auditcase);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1542"/>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1543"/>
        <source>No case open</source>
        <translation>Kein Fall geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1544"/>
        <source>No case is open. Create a new case and import %1 into it?</source>
        <translation>Es ist kein Fall geöffnet. Einen neuen Fall anlegen und %1 in diesen importieren?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1556"/>
        <location filename="../ui/MainWindow.cpp" line="1560"/>
        <location filename="../ui/MainWindow.cpp" line="1581"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1556"/>
        <source>The case is open read-only.</source>
        <translation>Der Fall ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1561"/>
        <source>An artifact is being removed. Import when that is done.</source>
        <translation>Ein Artefakt wird gerade entfernt. Importieren Sie, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1562"/>
        <source>The case is being compacted. Import when that is done.</source>
        <translation>Der Fall wird gerade komprimiert. Importieren Sie, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1563"/>
        <location filename="../ui/MainWindow.cpp" line="1582"/>
        <source>An import is already running. Wait for it to finish, or cancel it (Esc).</source>
        <translation>Ein Import läuft bereits. Warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn ab (Esc).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1594"/>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1595"/>
        <source>%1

Cancel the import? The case stays as it was before the import began.</source>
        <translation>%1

Import abbrechen? Der Fall bleibt, wie er vor Beginn des Imports war.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1606"/>
        <source>About Auditbench</source>
        <translation>Über Auditbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1607"/>
        <source>Auditbench %1

Evidence workbench for SOC 2 audits and incident analysis of Kubernetes estates. Everything stays on this computer, in one case file.

Qt %2, SQLite case schema %3.</source>
        <translation>Auditbench %1

Nachweis-Werkbank für SOC-2-Audits und Vorfallsanalysen von Kubernetes-Umgebungen. Alles bleibt auf diesem Computer, in einer Falldatei.

Qt %2, SQLite-Fallschema %3.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1644"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1646"/>
        <source>Findings of the import checks and scanners, most severe first (Ctrl+3); %1 more overridden by other evidence</source>
        <translation>Befunde der Importprüfungen und Scanner, schwerste zuerst (Strg+3); %1 weitere durch andere Belege außer Kraft gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1658"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1693"/>
        <source>The filter language cannot match &apos;%1&apos; exactly (it holds a comma or an asterisk).</source>
        <translation>Die Filtersprache kann &apos;%1&apos; nicht exakt abgleichen (enthält ein Komma oder einen Stern).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1706"/>
        <source>Copied the original record to the clipboard.</source>
        <translation>Originaldatensatz in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1746"/>
        <source>Import finished: %1 events stored from %2 of %3 inputs.</source>
        <translation>Import abgeschlossen: %1 Ereignisse aus %2 von %3 Eingaben gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1751"/>
        <source>Replaced %1 (%2 events).</source>
        <translation>%1 ersetzt (%2 Ereignisse).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1770"/>
        <source>Import cancelled; the case was not changed.</source>
        <translation>Import abgebrochen; der Fall wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1772"/>
        <source>Import failed; the case was not changed.</source>
        <translation>Import fehlgeschlagen; der Fall wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1773"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1774"/>
        <source>The import failed and was rolled back; the case was not changed.

%1</source>
        <translation>Der Import ist fehlgeschlagen und wurde zurückgenommen; der Fall wurde nicht verändert.

%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1796"/>
        <source>The case is being compacted, which cannot be cancelled. Quit when it is done.</source>
        <translation>Der Fall wird gerade komprimiert, was nicht abgebrochen werden kann. Beenden Sie, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1800"/>
        <source>Quitting stops the running import.</source>
        <translation>Das Beenden stoppt den laufenden Import.</translation>
    </message>
</context>
<context>
    <name>ab::ResourcesModel</name>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="19"/>
        <source>(cluster)</source>
        <translation>(Cluster)</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="176"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="181"/>
        <source>%1 snapshots, %2 versions</source>
        <translation>%1 Snapshots, %2 Versionen</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="183"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="188"/>
        <source>%1 %2
from %3</source>
        <translation>%1 %2
aus %3</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="210"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="212"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesModel.cpp" line="214"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>ab::ResourcesPanel</name>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="42"/>
        <source>Filter objects by name, kind or namespace…</source>
        <translation>Objekte nach Name, Art oder Namespace filtern…</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="73"/>
        <source>The dumps that hold this object; pick one to see the object as it was then</source>
        <translation>Die Dumps, die dieses Objekt enthalten; wählen Sie einen, um das Objekt in seinem damaligen Zustand zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="31"/>
        <source>Select an object to see it as YAML. Secret values are shown as fingerprints.</source>
        <translation>Wählen Sie ein Objekt, um es als YAML zu sehen. Secret-Werte werden als Fingerabdrücke angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="43"/>
        <source>Objects whose name, kind or namespace holds every word typed, ignoring case</source>
        <translation>Objekte, deren Name, Art oder Namespace jedes eingegebene Wort enthält, ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="85"/>
        <location filename="../ui/ResourcesPanel.cpp" line="239"/>
        <location filename="../ui/ResourcesPanel.cpp" line="296"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="85"/>
        <location filename="../ui/ResourcesPanel.cpp" line="239"/>
        <location filename="../ui/ResourcesPanel.cpp" line="296"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="85"/>
        <location filename="../ui/ResourcesPanel.cpp" line="239"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="89"/>
        <source>Show events</source>
        <translation>Ereignisse anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="91"/>
        <source>Show the timeline filtered to this object and its pods</source>
        <translation>Die Zeitleiste gefiltert auf dieses Objekt und seine Pods anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="162"/>
        <location filename="../ui/ResourcesPanel.cpp" line="238"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="164"/>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="166"/>
        <source>%1 of %2 objects</source>
        <translation>%1 von %2 Objekten</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="222"/>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Loading the objects of the case…&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Die Objekte des Falls werden geladen…&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="224"/>
        <source>&lt;span style=&apos;color:gray&apos;&gt;No objects in this case. Import manifests, &lt;code&gt;kubectl get -o yaml&lt;/code&gt; dumps or scanner reports.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Keine Objekte in diesem Fall. Importieren Sie Manifeste, &lt;code&gt;kubectl get -o yaml&lt;/code&gt;-Dumps oder Scanner-Berichte.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="227"/>
        <source>&lt;span style=&apos;color:gray&apos;&gt;No object matches the filter.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Kein Objekt entspricht dem Filter.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="229"/>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Select an object.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Wählen Sie ein Objekt.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="234"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="237"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="249"/>
        <source>The object could not be read: %1</source>
        <translation>Das Objekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="254"/>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="255"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="278"/>
        <source>%1 (image %2)</source>
        <translation>%1 (Image %2)</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="283"/>
        <source>Overridden: %1</source>
        <translation>Außer Kraft gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="289"/>
        <source>No findings about this object</source>
        <translation>Keine Befunde zu diesem Objekt</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="292"/>
        <source>No findings about the files this object is put together from</source>
        <translation>Keine Befunde zu den Dateien, aus denen dieses Objekt zusammengesetzt ist</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="293"/>
        <source>%1 findings about the files this object is put together from</source>
        <translation>%1 Befunde zu den Dateien, aus denen dieses Objekt zusammengesetzt ist</translation>
    </message>
    <message>
        <location filename="../ui/ResourcesPanel.cpp" line="295"/>
        <source>%1 findings about this object and its images</source>
        <translation>%1 Befunde zu diesem Objekt und seinen Images</translation>
    </message>
</context>
<context>
    <name>ab::TimelineHistogram</name>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="168"/>
        <source>No events to show over time</source>
        <translation>Keine Ereignisse über die Zeit zu zeigen</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="177"/>
        <source>Nearly all events are in one bar: double-click it to zoom in</source>
        <translation>Fast alle Ereignisse in einem Balken: Doppelklick vergrößert ihn</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="395"/>
        <location filename="../ui/TimelineHistogram.cpp" line="414"/>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="414"/>
        <source>(no node)</source>
        <translation>(kein Knoten)</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="491"/>
        <location filename="../ui/TimelineHistogram.cpp" line="603"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="491"/>
        <location filename="../ui/TimelineHistogram.cpp" line="603"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="498"/>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="500"/>
        <source>Click: go to its first event. Drag or double-click: zoom in.</source>
        <translation>Klicken: zum ersten Ereignis gehen. Ziehen oder Doppelklick: vergrößern.</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="605"/>
        <source>All events: %1</source>
        <translation>Alle Ereignisse: %1</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="606"/>
        <source>Events matching %1: %2</source>
        <translation>Ereignisse zu %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="617"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="626"/>
        <source>Zoom to This &amp;Bar</source>
        <translation>Auf diesen &amp;Balken zoomen</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="628"/>
        <source>&amp;Logarithmic Counts</source>
        <translation>&amp;Logarithmische Anzahlen</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="633"/>
        <source>&amp;Copy Counts</source>
        <translation>Anzahlen k&amp;opieren</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="635"/>
        <source>Copy each bar&apos;s time and count as tab-separated lines, for a spreadsheet</source>
        <translation>Zeit und Anzahl jedes Balkens als tabulatorgetrennte Zeilen kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="637"/>
        <source>&amp;Save Image…</source>
        <translation>Bild &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="640"/>
        <location filename="../ui/TimelineHistogram.cpp" line="646"/>
        <source>Save Activity Histogram</source>
        <translation>Aktivitätshistogramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/TimelineHistogram.cpp" line="641"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Evidence workbench for SOC 2 audits</source>
        <translation>Nachweis-Werkbank für SOC-2-Audits</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Case file to open</source>
        <translation>Zu öffnende Falldatei</translation>
    </message>
</context>
</TS>
