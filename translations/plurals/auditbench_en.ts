<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountChanges</name>
    <message numerus="yes">
        <source>Last change to %1 %2: %n change(s)</source>
        <translation>
            <numerusform>Last change to %1 %2: %n change</numerusform>
            <numerusform>Last change to %1 %2: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n line(s) starting with &apos;+&apos; or &apos;-&apos; name accounts kept in NIS or LDAP, not in this file; they were passed over</source>
        <translation>
            <numerusform>%n line starting with &apos;+&apos; or &apos;-&apos; names accounts kept in NIS or LDAP, not in this file; it was passed over</numerusform>
            <numerusform>%n lines starting with &apos;+&apos; or &apos;-&apos; name accounts kept in NIS or LDAP, not in this file; they were passed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in group %1 %2 have root&apos;s powers: %3</source>
        <translation>
            <numerusform>%n account in group %1 %2 has root&apos;s powers: %3</numerusform>
            <numerusform>%n accounts in group %1 %2 have root&apos;s powers: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), chain intact</source>
        <translation>
            <numerusform>%n row, chain intact</numerusform>
            <numerusform>%n rows, chain intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) were found after their part of the stored copy had been compressed (a record longer than the %1 MiB held back); those chunks were compressed again with the secrets masked</source>
        <translation>
            <numerusform>%n secret was found after its part of the stored copy had been compressed (a record longer than the %1 MiB held back); those chunks were compressed again with the secrets masked</numerusform>
            <numerusform>%n secrets were found after their part of the stored copy had been compressed (a record longer than the %1 MiB held back); those chunks were compressed again with the secrets masked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secrets found in this file are masked in its stored copy (%n range(s)), in place and at the same length, showing their fingerprints, so every record keeps its byte offsets; sha256 is the one of the file as given, content sha256 the one of the stored copy</source>
        <translation>
            <numerusform>the secrets found in this file are masked in its stored copy (%n range), in place and at the same length, showing their fingerprints, so every record keeps its byte offsets; sha256 is the one of the file as given, content sha256 the one of the stored copy</numerusform>
            <numerusform>the secrets found in this file are masked in its stored copy (%n ranges), in place and at the same length, showing their fingerprints, so every record keeps its byte offsets; sha256 is the one of the file as given, content sha256 the one of the stored copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines of node %3 with a full date %4 run from %5 to %6, %n year(s) apart: if the file&apos;s time was not kept, read it again with its lines ending in %7 (Re-import with Year, or import --replace --year %7)</source>
        <translation>
            <numerusform>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines of node %3 with a full date %4 run from %5 to %6, %n year apart: if the file&apos;s time was not kept, read it again with its lines ending in %7 (Re-import with Year, or import --replace --year %7)</numerusform>
            <numerusform>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines of node %3 with a full date %4 run from %5 to %6, %n years apart: if the file&apos;s time was not kept, read it again with its lines ending in %7 (Re-import with Year, or import --replace --year %7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines with a full date %3 run from %4 to %5, %n year(s) apart: if the file&apos;s time was not kept, read it again with its lines ending in %6 (Re-import with Year, or import --replace --year %6)</source>
        <translation>
            <numerusform>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines with a full date %3 run from %4 to %5, %n year apart: if the file&apos;s time was not kept, read it again with its lines ending in %6 (Re-import with Year, or import --replace --year %6)</numerusform>
            <numerusform>lines without a year were dated by the file&apos;s time, from %1 to %2, but the lines with a full date %3 run from %4 to %5, %n years apart: if the file&apos;s time was not kept, read it again with its lines ending in %6 (Re-import with Year, or import --replace --year %6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournaldSettings</name>
    <message numerus="yes">
        <source>With Storage=auto journald writes to /var/log/journal when the folder exists: the case holds %n journal file(s) from it, so the journal outlives a reboot.</source>
        <translation>
            <numerusform>With Storage=auto journald writes to /var/log/journal when the folder exists: the case holds %n journal file from it, so the journal outlives a reboot.</numerusform>
            <numerusform>With Storage=auto journald writes to /var/log/journal when the folder exists: the case holds %n journal files from it, so the journal outlives a reboot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With Storage=auto journald keeps the journal in /run, in memory, unless /var/log/journal exists. The case holds %n file(s) of the node&apos;s /var/log and no journal file from /var/log/journal: if the folder is indeed missing, a reboot erases the journal.%1 Check that the node has /var/log/journal, or set Storage=persistent.</source>
        <translation>
            <numerusform>With Storage=auto journald keeps the journal in /run, in memory, unless /var/log/journal exists. The case holds %n file of the node&apos;s /var/log and no journal file from /var/log/journal: if the folder is indeed missing, a reboot erases the journal.%1 Check that the node has /var/log/journal, or set Storage=persistent.</numerusform>
            <numerusform>With Storage=auto journald keeps the journal in /run, in memory, unless /var/log/journal exists. The case holds %n files of the node&apos;s /var/log and no journal file from /var/log/journal: if the folder is indeed missing, a reboot erases the journal.%1 Check that the node has /var/log/journal, or set Storage=persistent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AccessDialog</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n node(s).</source>
        <translation>
            <numerusform>on %n node.</numerusform>
            <numerusform>on %n nodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::EventsPanel</name>
    <message numerus="yes">
        <source>The first %n events read. The timeline shows every event once the import is committed; until then nothing is written to the case.</source>
        <translation>
            <numerusform>The first event read. The timeline shows every event once the import is committed; until then nothing is written to the case.</numerusform>
            <numerusform>The first %n events read. The timeline shows every event once the import is committed; until then nothing is written to the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::FindingsModel</name>
    <message numerus="yes">
        <source>%1: %n finding(s), the most severe %2</source>
        <translation>
            <numerusform>%1: %n finding, the most severe %2</numerusform>
            <numerusform>%1: %n findings, the most severe %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s), by: %1</source>
        <translation>
            <numerusform>Reported once, by: %1</numerusform>
            <numerusform>Reported %n times, by: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::GapsDialog</name>
    <message numerus="yes">
        <source>%n logged nothing in the whole period.</source>
        <translation>
            <numerusform>%n logged nothing in the whole period.</numerusform>
            <numerusform>%n logged nothing in the whole period.</numerusform>
        </translation>
    </message>
</context>
</TS>
