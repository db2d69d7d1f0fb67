<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Create an empty case file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Open a case file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <location filename="../ui/MainWindow.cpp" line="735"/>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Import evidence files into the case (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Import every file under a folder (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;Filter Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Type a filter for the events (Ctrl+F or Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Filter &amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <location filename="../ui/MainWindow.cpp" line="864"/>
        <source>Filter by This &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <location filename="../ui/MainWindow.cpp" line="865"/>
        <source>Filter by This Source &amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <location filename="../ui/MainWindow.cpp" line="866"/>
        <source>Filter by This &amp;Verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <location filename="../ui/MainWindow.cpp" line="867"/>
        <source>Filter by This Object &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>&amp;Copy Raw Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Copy the event&apos;s original record, byte for byte, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>&amp;About Auditbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>&lt;h2&gt;No case open&lt;/h2&gt;&lt;p&gt;Create a case (Ctrl+N) or open one (Ctrl+O).&lt;br&gt;Then import evidence (Ctrl+I), or drop files and folders on this window:&lt;br&gt;Kubernetes audit logs, kubeconfigs, scanner outputs, log archives.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <location filename="../ui/MainWindow.cpp" line="853"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="290"/>
        <source>The events of the case in time order (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="291"/>
        <source>Findings of the import checks and scanners, most severe first (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Double-click an artifact (or press Enter) to see only its events, or its findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>Query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Opening another case stops the running import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>Cannot open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>Cannot open this file as a case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>Opened read-only: the file cannot be written, so nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="526"/>
        <source>Creating a case stops the running import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="530"/>
        <location filename="../ui/MainWindow.cpp" line="710"/>
        <source>Cannot create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <source>Closing the case stops the running import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Findings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="608"/>
        <source>Events: %1 · Artifacts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>%1 → %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="613"/>
        <source>First and last event:
%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>no events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="620"/>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="622"/>
        <source>All events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="624"/>
        <source>Filter: %1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="632"/>
        <source>&lt;b&gt;Case&lt;/b&gt; %1&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="634"/>
        <source>Created %1, schema %2&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="635"/>
        <source>%1 events, %2 findings, %3 resources, %4 issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="639"/>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;Events by source&lt;/b&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="645"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;Double-click an artifact to see its events or findings. Drop files or folders on the window to import them.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="668"/>
        <source>Auditbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="673"/>
        <source>%1 – Auditbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="675"/>
        <source>%1 (read-only) – Auditbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="690"/>
        <source>No recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="694"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="703"/>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="703"/>
        <source>Auditbench case (*.auditcase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="711"/>
        <source>A file of this name exists already. Cases are never overwritten: choose another name, or open it with File ▸ Open Case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="723"/>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="723"/>
        <source>Auditbench case (*.auditcase);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="759"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="760"/>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="761"/>
        <source>No case is open. Create a new case and import %1 into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="773"/>
        <location filename="../ui/MainWindow.cpp" line="777"/>
        <location filename="../ui/MainWindow.cpp" line="793"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="773"/>
        <source>The case is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="778"/>
        <location filename="../ui/MainWindow.cpp" line="794"/>
        <source>An import is already running. Wait for it to finish, or cancel it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="806"/>
        <source>Import running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="807"/>
        <source>%1

Cancel the import? The case stays as it was before the import began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="818"/>
        <source>About Auditbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="819"/>
        <source>Auditbench %1

Evidence workbench for SOC 2 audits and incident analysis of Kubernetes estates. Everything stays on this computer, in one case file.

Qt %2, SQLite case schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="853"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="862"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="880"/>
        <source>The filter language cannot match &apos;%1&apos; exactly (it holds a comma or an asterisk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="891"/>
        <source>Copied the original record to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="925"/>
        <source>Import finished: %1 events stored from %2 of %3 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="945"/>
        <source>Import cancelled; the case was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="947"/>
        <source>Import failed; the case was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="948"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="949"/>
        <source>The import failed and was rolled back; the case was not changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="964"/>
        <source>Quitting stops the running import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/case/RawStore.cpp" line="22"/>
        <source>stored chunk does not decompress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="127"/>
        <source>cannot compress the original: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="170"/>
        <source>chunk %1 is missing or out of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/RawStore.cpp" line="174"/>
        <source>chunk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/Sqlite.cpp" line="182"/>
        <location filename="../core/import/ImportSource.cpp" line="73"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/SqliteCaseWriter.cpp" line="404"/>
        <source>cannot write to the case file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="33"/>
        <source>stored original has %1 bytes, %2 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="35"/>
        <source>sha256 mismatch: stored original hashes to %1, %2 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="43"/>
        <source>ok (stored copy with secrets replaced by fingerprints; the file as given had sha256 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="63"/>
        <source>integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="68"/>
        <source>full-text index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/Verifier.cpp" line="78"/>
        <source>journal row %1 does not match its hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/case/Verifier.cpp" line="84"/>
        <source>%n row(s), chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/ImporterRegistry.cpp" line="92"/>
        <source>Supported evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImporterRegistry.cpp" line="93"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="302"/>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="310"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="322"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="325"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="372"/>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="385"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="379"/>
        <source>the document is larger than %1 MiB; split it into JSON lines first (for example: jq -c &apos;.items[]&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="593"/>
        <source>Kubernetes audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditImporter.cpp" line="649"/>
        <source>not a Kubernetes audit log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="380"/>
        <source>Malformed JSON record; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="382"/>
        <source>Record is not a Kubernetes audit event; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="384"/>
        <source>Audit event without a timestamp; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="386"/>
        <source>Unreadable timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="388"/>
        <source>Line longer than 64 MiB; skipped up to the next line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="390"/>
        <source>Binary data instead of a JSON record; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="392"/>
        <source>The last record is cut off (truncated input); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="394"/>
        <source>A field has an unexpected type and was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="396"/>
        <source>Invalid UTF-8 in a record; the bad bytes were read as &apos;?&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="398"/>
        <source>Malformed YAML document; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="400"/>
        <source>The input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="402"/>
        <source>The input could not be read to its end; what was read is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="404"/>
        <source>The document is too large to load at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="563"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="1313"/>
        <source>embedded event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="1792"/>
        <source>nesting too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/K8sAuditParse.cpp" line="1798"/>
        <source>document too deep or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1296"/>
        <source>kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="85"/>
        <location filename="../core/import/ImportSource.cpp" line="92"/>
        <source>cannot decode %1 data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="141"/>
        <source>corrupt %1 data at decoded byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportSource.cpp" line="159"/>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/EventQuery.cpp" line="79"/>
        <source>full-text search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/EventQuery.cpp" line="172"/>
        <source>no event with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="112"/>
        <source>unterminated quote in filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="137"/>
        <source>&apos;%1&apos; is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="155"/>
        <source>&apos;%1&apos; is not a severity (info, low, medium, high, critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="249"/>
        <source>unknown filter field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="298"/>
        <source>&apos;%1&apos; is numeric; use = != &lt; &lt;= &gt; &gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="310"/>
        <source>&apos;%1&apos; needs a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query/Filter.cpp" line="319"/>
        <source>a list of values needs = or !=</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab</name>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="29"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="31"/>
        <source>the file is empty, not an Auditbench case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="34"/>
        <source>not an Auditbench case file (no SQLite header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1177"/>
        <source>invalid YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="37"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="43"/>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="74"/>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="83"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="108"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="110"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="112"/>
        <source>unrecognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="114"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ArtifactsModel</name>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="16"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="18"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="20"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="105"/>
        <source>%1
Artifact %2, importer %3, analyst %4
%5, imported %6 UTC
SHA-256 %7
%8 issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="106"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="111"/>
        <source>%1 findings: double-click to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="112"/>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="114"/>
        <source>%1 lines read, %2 events stored, %3 stages merged, %4 records skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="121"/>
        <source>No issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="124"/>
        <source>%1 %2 (×%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="131"/>
        <source>SHA-256 of the bytes as given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="133"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="188"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="190"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="192"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="194"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="196"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="198"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="200"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArtifactsModel.cpp" line="202"/>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::CaseFile</name>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="64"/>
        <source>no such case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="71"/>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="99"/>
        <source>not a readable case file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="109"/>
        <source>the file is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="111"/>
        <source>a SQLite database, but not an Auditbench case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="115"/>
        <source>case file created by newer Auditbench (schema %1, this version reads up to %2); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="129"/>
        <source>case file needs an upgrade; open it writable first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="147"/>
        <source>cannot write backup before upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="157"/>
        <source>cannot start upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/case/CaseFile.cpp" line="161"/>
        <source>upgrade step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="164"/>
        <source>Auditbench %1 - evidence workbench for SOC 2 audits of Kubernetes estates

Usage: auditbench-cli COMMAND CASE [options]

Commands:
  import   CASE FILE|DIR...       import evidence; creates CASE if missing
           [--kind KIND] [--analyst NAME]
  info     CASE [--json]          artifacts, counts per source and kind, time range
  events   CASE [--filter EXPR] [--limit N] [--json|--csv]
                                  events in time order (--limit 0 = all; default 100)
  findings CASE [--json]          findings (kubeconfig hygiene, scanners)
  verify   CASE                   re-hash artifacts, integrity check, journal chain

Options:
  --help, -h     this help
  --version      print the version

Filter language (events --filter):
  FIELD=VALUE FIELD!=VALUE FIELD~PART FIELD&gt;=N …, terms ANDed; bare words search the
  full-text index. Example: verb=create user~alice code&gt;=400 ns=kube-system
Fields:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="184"/>
        <source>
Importers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="189"/>
        <source>
Exit codes: 0 success, 1 error, 2 nothing recognized or usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="196"/>
        <source>Try &apos;auditbench-cli --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="203"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="228"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="237"/>
        <source>import needs a case file and at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="245"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="260"/>
        <source>indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="262"/>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="265"/>
        <source>file %1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="289"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="291"/>
        <source>%1 stage records merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="293"/>
        <source>%1 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="295"/>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="297"/>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="311"/>
        <source> (%1 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="319"/>
        <source>%1 imported, %2 duplicate, %3 unrecognized, %4 failed; %5 events, %6 findings, %7 resources in %8 s (load %9 s, %10 events/s; index %11 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="348"/>
        <source>info needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="359"/>
        <source>Case:       %1 (schema %2, written by Auditbench %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="363"/>
        <source>Events:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="365"/>
        <source>  from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="369"/>
        <source>Findings:   %1
Resources:  %2
Issues:     %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="371"/>
        <source>Artifacts:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="376"/>
        <source>      %1 lines, %2 events, %3 merged, %4 findings, %5 resources, %6 skipped, %7 issues
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="391"/>
        <source>events needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="393"/>
        <source>--json and --csv exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="399"/>
        <source>--limit needs a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="403"/>
        <source>bad filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="466"/>
        <source>findings needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="516"/>
        <source>verify needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="525"/>
        <source>ok  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="525"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="526"/>
        <source>database integrity: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="527"/>
        <source>journal: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="529"/>
        <source>verification FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="532"/>
        <source>verified: all %1 artifacts match their sha256
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::DetailPane</name>
    <message>
        <location filename="../ui/DetailPane.cpp" line="30"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="32"/>
        <source>year inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="34"/>
        <source>no zone; assumed zone applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="36"/>
        <source>missing; artifact time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="38"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="124"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="125"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="126"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="127"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="128"/>
        <source>Impersonated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="129"/>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="130"/>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="131"/>
        <source>Verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="132"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="133"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="134"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="135"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="136"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="137"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="138"/>
        <source>Audit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="139"/>
        <source>Stages merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="140"/>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="154"/>
        <location filename="../ui/DetailPane.cpp" line="233"/>
        <source>Original record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="156"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="158"/>
        <source>Copy the original record to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="168"/>
        <source>Select an event to see the record exactly as it was in the artifact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="232"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="247"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="248"/>
        <source>%1 (the request began then; the time above is when it ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="268"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="273"/>
        <source>%1, line %2 (byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="285"/>
        <source>Original record: no case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="292"/>
        <source>Original record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="297"/>
        <source>Original record: %1 bytes at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="300"/>
        <source> (first %1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailPane.cpp" line="306"/>
        <source>, JSON pretty-printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EventsModel</name>
    <message>
        <location filename="../ui/EventsModel.cpp" line="18"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="20"/>
        <source>year inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="22"/>
        <source>no time zone in the record; the assumed zone was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="24"/>
        <source>no time in the record; the artifact&apos;s time was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="26"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="260"/>
        <location filename="../ui/EventsModel.cpp" line="363"/>
        <source>(no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="263"/>
        <location filename="../ui/EventsPanel.cpp" line="288"/>
        <location filename="../ui/EventsPanel.cpp" line="291"/>
        <location filename="../ui/EventsPanel.cpp" line="299"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="320"/>
        <source>%1
Time quality: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="322"/>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="322"/>
        <source>Client error: refused or not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="325"/>
        <source>No user name in the record: authentication failed, or the source does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="328"/>
        <source>%1
impersonating %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="379"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="381"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="383"/>
        <source>Verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="385"/>
        <source>Resource / object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="387"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="389"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="391"/>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="393"/>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="395"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="397"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="402"/>
        <source>Events are always in time order (oldest first). Other columns do not sort: narrow the list with the filter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="405"/>
        <source>Who acted. Service accounts are shown as sa:NAMESPACE:NAME and nodes as node:NAME; the tooltip and the detail pane give the full name.
Right-click to show or hide columns. Rows are in time order only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsModel.cpp" line="408"/>
        <source>Right-click to show or hide columns. Rows are in time order only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EventsPanel</name>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="62"/>
        <source>Filter (Ctrl+F): verb=delete user~alice code&gt;=400 ns=kube-system &quot;token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="67"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="68"/>
        <source>Filter fields and syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="182"/>
        <source>&lt;p&gt;&lt;b&gt;Filter syntax&lt;/b&gt; (the same as &lt;code&gt;auditbench-cli events --filter&lt;/code&gt;)&lt;/p&gt;&lt;p&gt;Terms are ANDed. &lt;code&gt;field=value&lt;/code&gt;, &lt;code&gt;!=&lt;/code&gt;, &lt;code&gt;~&lt;/code&gt; (contains), &lt;code&gt;!~&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt; &lt;code&gt;&amp;gt;=&lt;/code&gt; &lt;code&gt;&amp;lt;&lt;/code&gt; &lt;code&gt;&amp;lt;=&lt;/code&gt;; &lt;code&gt;*&lt;/code&gt; is a wildcard; &lt;code&gt;=a,b,c&lt;/code&gt; matches any; a bare word or &lt;code&gt;&quot;quoted phrase&quot;&lt;/code&gt; searches the full text.&lt;/p&gt;&lt;p&gt;Example: &lt;code&gt;verb=delete,patch user~alice code&amp;gt;=400 time&amp;gt;=2024-05-01T10:00Z&lt;/code&gt;&lt;/p&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="243"/>
        <source>Invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="244"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;%1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="245"/>
        <source>Invalid filter: %1. The rows shown are those of the previous filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="258"/>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="262"/>
        <source>%1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="263"/>
        <source>Events matching the filter, in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="279"/>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EventsPanel.cpp" line="281"/>
        <source>Rows are in time order only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::FindingsModel</name>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="37"/>
        <location filename="../ui/FindingsModel.cpp" line="47"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="39"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="41"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="43"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="45"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="98"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="102"/>
        <source>Severity %1, as the tool (%2) rated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="104"/>
        <source>SOC 2 criteria this finding is evidence for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="106"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="142"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="144"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="146"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="148"/>
        <source>SOC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="150"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsModel.cpp" line="154"/>
        <source>SOC 2 trust services criteria the finding is evidence for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::FindingsPanel</name>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="63"/>
        <source>Select a finding to see the lines of the artifact it points at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="152"/>
        <location filename="../ui/FindingsPanel.cpp" line="197"/>
        <source>Artifact lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="154"/>
        <source>&lt;p&gt;No findings in this case.&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Findings come from checks run at import, such as the hygiene checks of kubeconfig files, and from scanner outputs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="157"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a finding.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="162"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="170"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="172"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="173"/>
        <source>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="175"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="177"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="179"/>
        <source>CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="181"/>
        <source>Fixed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="182"/>
        <source>SOC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="184"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="185"/>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="197"/>
        <source>%1: the finding names no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="202"/>
        <source>%1: lines could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="207"/>
        <source>%1: line %2 is not in the stored original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="218"/>
        <source>%1, lines %2–%3, as stored (secrets replaced by fingerprints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="219"/>
        <source>%1, lines %2–%3, as stored in the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ImportJob</name>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="150"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="154"/>
        <source>the case is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="187"/>
        <source>cannot start the import (is another import running?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="247"/>
        <source>already in the case as artifact %1 (same sha256); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="266"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="274"/>
        <source>empty file; nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="276"/>
        <source>not recognized by content; the name suggests &apos;%1&apos; (use --kind %1 to force it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="279"/>
        <source>not a format Auditbench reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="339"/>
        <source>the stored copy of this file has its secrets replaced by fingerprints; sha256 is the one of the file as given, content sha256 the one of the stored copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="344"/>
        <source>the importer kept no redacted copy of this file, and the file itself may hold secrets; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="351"/>
        <location filename="../core/import/ImportJob.cpp" line="434"/>
        <location filename="../core/import/ImportJob.cpp" line="439"/>
        <location filename="../core/import/ImportJob.cpp" line="464"/>
        <source>import cancelled; the case was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ImportProgressWidget</name>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="31"/>
        <source>Stop the import (Esc). Nothing of it is kept: the case stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="37"/>
        <source>Importing in the background: you can keep working. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="43"/>
        <source>Starting import (inputs: %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="59"/>
        <source>%1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="64"/>
        <source>%p% of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="68"/>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="72"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="76"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportProgressWidget.cpp" line="81"/>
        <source>Cancelling; rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ImportSummaryDialog</name>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="43"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="45"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="47"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="72"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="74"/>
        <source>skipped (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="76"/>
        <source>unrecognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="78"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="88"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="96"/>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="98"/>
        <source>skipped as duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="100"/>
        <source>unrecognized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="102"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="103"/>
        <source>%1. Stored %2 events, %3 resources and %4 findings in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="109"/>
        <location filename="../ui/ImportSummaryDialog.cpp" line="131"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="109"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="109"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="109"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="109"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="109"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="110"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="110"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="131"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="131"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="131"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="131"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="131"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="145"/>
        <source>First lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="154"/>
        <source>Issues (the import went on past each of them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportSummaryDialog.cpp" line="154"/>
        <source>No issues were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::KubeconfigImporter</name>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1376"/>
        <source>larger than %1 MiB; kubeconfigs are small, so this is not read as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1380"/>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1388"/>
        <source>binary data, not a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1390"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1393"/>
        <source>the file is UTF-16; the copy kept in the case is UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1408"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1427"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1411"/>
        <source>the file holds no YAML document, only comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1416"/>
        <source>not a kubeconfig: the document is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1421"/>
        <source>not a kubeconfig: kind is %1, not Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1422"/>
        <source>not a kubeconfig: no clusters, contexts or users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1431"/>
        <source>YAML syntax error: %1; only the part before it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1437"/>
        <source>the file holds %1 YAML documents; only the first kubeconfig was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1455"/>
        <source>the kubeconfig defines no clusters, users or contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1459"/>
        <source>YAML error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1462"/>
        <source>cannot read the kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::Reader</name>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="319"/>
        <source>%1: %2 should be %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="328"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="529"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="539"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="673"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="687"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1010"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="341"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="388"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="394"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="589"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="801"/>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="450"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1010"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1013"/>
        <source>kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="450"/>
        <source>a list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="458"/>
        <source>%1: more than %2 entries; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="464"/>
        <source>%1: entry %2 is not a mapping; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="475"/>
        <source>%1: entry %2 has no name; kubectl cannot use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="483"/>
        <source>%1: the name &apos;%2&apos; is used more than once; kubectl refuses such a file, the first entry is used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="493"/>
        <source>%1: entry &apos;%2&apos; has no %3 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="497"/>
        <source>%1: the %2 settings of &apos;%3&apos; are not a mapping; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="520"/>
        <source>Cluster %1 is reached over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="521"/>
        <source>Cluster %1 has server %2. Requests to it, including the bearer tokens, passwords or client credentials of every user of this kubeconfig and any Secret read through the API, travel unencrypted, and the client cannot tell the real API server from an impostor. SOC 2 CC6.7 expects data and credentials in transit to be protected: serve the API over https with a certificate the kubeconfig verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="549"/>
        <source>TLS verification is disabled for cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="550"/>
        <source>Cluster %1 (server %2) sets insecure-skip-tls-verify: true, so clients using this kubeconfig accept any certificate the server presents. Anyone on the network path can pose as the API server, capture the credentials sent to it and read or alter what the cluster returns. SOC 2 CC6.7 expects transmissions to be protected: remove the flag and set certificate-authority or certificate-authority-data instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="555"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="563"/>
        <source>Proxy password stored in the kubeconfig for cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="564"/>
        <source>Cluster %1 is reached through the proxy %2 with a password written into the proxy URL (%3). Whoever copies the file can use that proxy account. SOC 2 CC6.1 and CC6.7 call for credentials kept in a protected store, not in configuration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="624"/>
        <source>%1: an exec env entry is not a mapping; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="698"/>
        <source>Static bearer token stored in the kubeconfig for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="699"/>
        <source>User %1 carries a bearer token (%2) in the file itself. Whoever gets a copy of this kubeconfig (backups, laptops, CI logs) acts as that identity until the token is revoked; such tokens usually do not expire and are not tied to a person. SOC 2 CC6.1 (access limited to authorized, identifiable users) and CC6.7 (credentials protected) call for short-lived credentials obtained at login, e.g. an exec credential plugin or OIDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="709"/>
        <source>User %1 reads its bearer token from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="710"/>
        <source>User %1 reads its bearer token from %2 at run time. That file is not part of this case: for SOC 2 CC6.7, check who can read it and how the token in it is rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="720"/>
        <source>Private key embedded in the kubeconfig for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="721"/>
        <source>User %1 embeds its client certificate&apos;s private key (client-key-data, %2) in the file. Kubernetes cannot revoke client certificates, so a copied file grants this identity, and the groups in its certificate, until the certificate expires. SOC 2 CC6.1 and CC6.7 expect credentials to be protected and revocable: keep keys in a protected store or use short-lived credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="735"/>
        <source>Username and password stored in the kubeconfig for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="736"/>
        <source>User %1 authenticates with username %2 and a password (%3) kept in the file. Basic authentication was removed from the Kubernetes API server in 1.19; where it still works (proxies, old clusters) the password is a long-lived shared secret in a plain file, without second factor or expiry. SOC 2 CC6.1 and CC6.7 call for individual, protected credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="740"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="748"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="764"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="784"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="883"/>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1013"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="771"/>
        <source>User %1 uses the legacy auth-provider %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="772"/>
        <source>User %1 authenticates through the auth-provider &apos;%2&apos;. auth-provider plugins are deprecated in favour of exec credential plugins, and the gcp and azure providers were removed from kubectl and client-go in Kubernetes 1.26. Providers such as oidc cache their tokens in the kubeconfig itself (here: %3). SOC 2 CC6.1 and CC6.7: move to a supported exec plugin so that credentials are short-lived and not stored in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="777"/>
        <source>no cached credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="814"/>
        <source>a list of name/value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="833"/>
        <source>argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="837"/>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="840"/>
        <source>User %1 gets credentials from the exec plugin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="841"/>
        <source>User %1 obtains its credentials by running &apos;%2&apos; with arguments [%3] and environment variables [%4]. That program decides which identity is used. For SOC 2 CC6.1, review that it is an approved tool from a trusted location and that the credentials it issues are short-lived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="848"/>
        <source>Credentials stored in the exec plugin settings of user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="849"/>
        <source>User %1 runs &apos;%2&apos; and the kubeconfig itself passes it a credential: %3. Whoever copies the file gets that long-lived secret, whatever the plugin does with it. SOC 2 CC6.1 and CC6.7 call for credentials kept in a protected store (a credential helper, the OS keychain, an SSO login) rather than in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="894"/>
        <source>User %1 impersonates another identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="895"/>
        <source>User %1 sends every request as %2 (groups: %3). The cluster executes them with the impersonated identity&apos;s rights, which requires the impersonate verb for the real identity; the audit log names both, but access reviews of the real user easily miss this privilege. SOC 2 CC6.1 expects privileges like this to be limited, justified and reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="899"/>
        <source>(same user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="900"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="960"/>
        <source>the key &apos;%1&apos; appears twice in one mapping; kubectl rejects this, the first one is used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1026"/>
        <source>Context %1 refers to the missing cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1027"/>
        <source>Context %1 names cluster %2, which this kubeconfig does not define. kubectl fails for this context, or silently takes the cluster from another kubeconfig merged at run time, so which API server it reaches cannot be told from this evidence (SOC 2 CC6.1). Remove the stale context or add the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1038"/>
        <source>Context %1 refers to the missing user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1039"/>
        <source>Context %1 names user %2, which this kubeconfig does not define. kubectl then sends requests without credentials, or takes the user from another kubeconfig merged at run time, so the identity behind this context cannot be told from this evidence (SOC 2 CC6.1). Remove the stale context or add the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1048"/>
        <source>current-context %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/importers/KubeconfigImporter.cpp" line="1049"/>
        <source>current-context is %1, but no context of that name is defined. kubectl refuses to run without an explicit --context, or uses a context from another merged kubeconfig, so the default identity and cluster of this file cannot be determined (SOC 2 CC6.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Evidence workbench for SOC 2 audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Case file to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
