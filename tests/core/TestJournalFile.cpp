// systemd's binary journal files, read by the journald importer. The fixtures
// node-system.journal.gz (compact layout, keyed hashes, the default of systemd 252)
// and node-regular.journal.gz (the older layout) were written by systemd's own
// systemd-journal-remote from one journal export of a node's day; beside each is
// what `journalctl --file … -o json` printed for it, systemd's reading of the same
// file. Layouts and damage the fixtures lack are built here, object by object.

#include "core/NodeLogTestUtil.h"

#include "case/RawStore.h"
#include "case/Verifier.h"
#include "import/importers/JournalFile.h"
#include "import/importers/JournaldImporter.h"
#include "import/importers/NodeLogText.h"
#include "query/EventQuery.h"
#include "query/Filter.h"

#include <zstd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ab;
using namespace ab::test;

namespace {

QByteArray fixture(const QString& name)
{
    return decodedFile(dataPath(QStringLiteral("journald/") + name));
}

MemoryImport importJournal(const QByteArray& bytes, const QString& name = QStringLiteral("system.journal"))
{
    JournaldImporter importer;
    return importBytes(importer, bytes, name);
}

quint64 le64At(const QByteArray& b, qint64 at)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = v << 8 | static_cast<unsigned char>(b[at + i]);
    return v;
}

void putLe64(QByteArray& b, qint64 at, quint64 v)
{
    for (int i = 0; i < 8; ++i, v >>= 8)
        b[at + i] = static_cast<char>(v & 0xff);
}

/// Offsets of the file's entry objects (type 3), walking its objects as the format lays them out.
QVector<qint64> entryObjects(const QByteArray& b)
{
    QVector<qint64> out;
    qint64 pos = static_cast<qint64>(le64At(b, 88));
    const qint64 tail = static_cast<qint64>(le64At(b, 136));
    while (pos <= tail) {
        if (b[pos] == 3)
            out << pos;
        pos = (pos + static_cast<qint64>(le64At(b, pos + 8)) + 7) & ~qint64(7);
    }
    return out;
}

QByteArray xzStream(const QByteArray& data)
{
    return archiveBytes(ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_XZ, {{QStringLiteral("data"), data}});
}

/// A journal file laid out by hand as systemd's documentation describes it: the
/// header, then data objects ("NAME=value", possibly compressed) and entry objects
/// that list them. No hash tables or entry arrays: the importer walks objects in
/// file order and needs neither.
class JournalBuilder
{
public:
    explicit JournalBuilder(bool compact)
        : m_compact(compact)
        , m_bytes(kHeaderSize, '\0')
    {}

    enum Compression : quint8 { Plain = 0, Xz = 1, Lz4 = 2, Zstd = 4 };

    /// A data object holding `stored` as it is in the file; its offset.
    qint64 data(const QByteArray& stored, Compression compression = Plain)
    {
        QByteArray body(m_compact ? 56 : 48, '\0'); // hash, links, counts: unused by the reader
        body += stored;
        return object(1, compression, body);
    }
    qint64 zstd(const QByteArray& payload)
    {
        QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(payload.size()))), '\0');
        out.resize(static_cast<qsizetype>(
            ZSTD_compress(out.data(), static_cast<size_t>(out.size()), payload.constData(), payload.size(), 3)));
        return data(out, Zstd);
    }
    qint64 xz(const QByteArray& payload) { return data(xzStream(payload), Xz); }
    /// journald's LZ4 layout: the decoded size as 64-bit little endian, then the block.
    qint64 lz4(quint64 size, const QByteArray& block)
    {
        QByteArray stored(8, '\0');
        putLe64(stored, 0, size);
        return data(stored + block, Lz4);
    }

    qint64 entry(quint64 seqnum, quint64 realtimeUs, const QVector<qint64>& items)
    {
        QByteArray body(48, '\0');
        putLe64(body, 0, seqnum);
        putLe64(body, 8, realtimeUs);
        putLe64(body, 16, realtimeUs - 1715600000000000ull); // monotonic
        for (int i = 0; i < 16; ++i)
            body[24 + i] = static_cast<char>(0xb0 + i); // boot id
        putLe64(body, 40, 0x1234abcdull * seqnum);      // xor hash
        for (qint64 item : items) {
            QByteArray ref(m_compact ? 4 : 16, '\0');
            for (int i = 0; i < 4; ++i)
                ref[i] = static_cast<char>((item >> (8 * i)) & 0xff);
            body += ref;
        }
        ++m_entries;
        return object(3, 0, body);
    }

    QByteArray bytes() const
    {
        QByteArray b = m_bytes;
        std::memcpy(b.data(), "LPKSHHRH", 8);
        const quint32 incompatible = 8u | (m_compact ? 16u : 0u) | 4u; // zstd, compact, keyed hash
        for (int i = 0; i < 4; ++i)
            b[12 + i] = static_cast<char>((incompatible >> (8 * i)) & 0xff);
        for (int i = 0; i < 16; ++i)
            b[72 + i] = static_cast<char>(0x10 + i); // seqnum id
        putLe64(b, 88, kHeaderSize);
        putLe64(b, 96, static_cast<quint64>(b.size() - kHeaderSize));
        putLe64(b, 136, static_cast<quint64>(m_tail));
        putLe64(b, 152, static_cast<quint64>(m_entries));
        return b;
    }

private:
    static constexpr qint64 kHeaderSize = 272;

    qint64 object(quint8 type, quint8 flags, const QByteArray& body)
    {
        const qint64 at = m_bytes.size();
        QByteArray head(16, '\0');
        head[0] = static_cast<char>(type);
        head[1] = static_cast<char>(flags);
        putLe64(head, 8, static_cast<quint64>(16 + body.size()));
        m_bytes += head + body;
        while (m_bytes.size() % 8 != 0)
            m_bytes += '\0';
        m_tail = at;
        return at;
    }

    bool m_compact;
    QByteArray m_bytes;
    qint64 m_tail = 0;
    qint64 m_entries = 0;
};

/// "MESSAGE=" and twenty "ab", then "end!!": literals, a 38-byte overlapping match, literals.
QByteArray lz4Block()
{
    QByteArray b;
    b += static_cast<char>(0xAF); // 10 literals, match length 15 + more
    b += "MESSAGE=ab";
    b += '\x02';
    b += '\x00'; // distance 2
    b += '\x13'; // 4 + 15 + 19 = 38
    b += '\x50'; // 5 literals, the end
    b += "end!!";
    return b;
}

} // namespace

class TestJournalFile : public QObject
{
    Q_OBJECT
private slots:
    void sameAsJournalctl_data();
    void sameAsJournalctl();
    void eventsPointAtTheirEntry();
    void describedEntryIsBounded();
    void secretsMaskedInTheStoredCopy();
    void privateKeyOverEntries();
    void cutOff();
    void damagedObject();
    void compressedFields_data();
    void compressedFields();
    void lz4Blocks();
    void newerLayoutRefused();
    void openFileNoted();
    void tailNotNamed();
    void chosenByContent();
    void insideANodeArchive();
    void fuzz();
};

void TestJournalFile::sameAsJournalctl_data()
{
    QTest::addColumn<QString>("journal");
    QTest::addColumn<QString>("json");
    QTest::newRow("compact") << "node-system.journal.gz"
                             << "node-system.journalctl.json";
    QTest::newRow("regular") << "node-regular.journal.gz"
                             << "node-regular.journalctl.json";
}

void TestJournalFile::sameAsJournalctl()
{
    QFETCH(QString, journal);
    QFETCH(QString, json);
    const QByteArray bytes = fixture(journal);
    QVERIFY(bytes.startsWith("LPKSHHRH"));
    const MemoryImport bin = importJournal(bytes);
    QVERIFY(bin.result.hasValue());
    const MemoryImport ref = importJournal(readFile(dataPath(QStringLiteral("journald/") + json)), json);
    QVERIFY(ref.result.hasValue());
    QCOMPARE(ref.out.events.size(), size_t(13));
    QCOMPARE(bin.out.events.size(), ref.out.events.size());
    QCOMPARE(bin.result.value().events, 13);
    for (size_t i = 0; i < ref.out.events.size(); ++i) {
        const NormalizedEvent& b = bin.out.events[i].ev;
        const NormalizedEvent& r = ref.out.events[i].ev;
        QCOMPARE(b.tsNs, r.tsNs);
        QCOMPARE(b.tsQuality, r.tsQuality);
        QCOMPARE(b.severity, r.severity);
        QCOMPARE(b.status, r.status);
        for (int f = 0; f < kEventTextCount; ++f)
            QCOMPARE(col(b, static_cast<EventText>(f)), col(r, static_cast<EventText>(f)));
        QCOMPARE(b.line, qint64(i) + 1); // the entry's place in the file
    }
    // What the export shows, read from the journal file itself.
    const NormalizedEvent& first = bin.out.events[0].ev;
    QCOMPARE(first.tsNs, nsOf(2024, 5, 14, 0, 0, 0, 250));
    QCOMPARE(col(first, EventText::Node), QStringLiteral("ip-10-40-12-58.eu-central-1.compute.internal"));
    QCOMPARE(col(first, EventText::Message),
             QStringLiteral("systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent."));
    QVERIFY(col(first, EventText::RecordId).startsWith(QStringLiteral("s=")));
    QVERIFY(col(first, EventText::RecordId).contains(QStringLiteral(";i=1;b=6d2f1c0e9b8a47d3a5c4e3f2d1b0a987;")));
    const NormalizedEvent& failed = bin.out.events[3].ev;
    QCOMPARE(col(failed, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(failed, EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(failed, EventText::SourceIp), QStringLiteral("203.0.113.50"));
    QCOMPARE(col(bin.out.events[7].ev, EventText::Container), QStringLiteral("web-1"));
    // The kernel's message is not UTF-8 (journalctl writes it as byte values): the same repair.
    QCOMPARE(col(bin.out.events[9].ev, EventText::Message),
             QStringLiteral("kernel: EXT4-fs error (device nvme0n1p1): caf\u00e9 \uFFFD inode second line"));
    QCOMPARE(findIssue(bin.issues, QStringLiteral("journald.bad-encoding"))->line, 10);
    QCOMPARE(issueCodes(bin.issues), issueCodes(ref.issues));
}

void TestJournalFile::eventsPointAtTheirEntry()
{
    // Every event points at its entry object, whose fields describeEntry names: the
    // same fields, with the same values, as `journalctl -o json` printed for the
    // entry (all but the "__" ones, which are the entry's own header), in both layouts.
    for (const QString& name : {QStringLiteral("node-system"), QStringLiteral("node-regular")}) {
        const QByteArray bytes = fixture(name + QStringLiteral(".journal.gz"));
        const MemoryImport m = importJournal(bytes);
        QVERIFY(m.result.hasValue());
        const QVector<qint64> entries = entryObjects(bytes);
        QCOMPARE(entries.size(), 13);
        const QList<QByteArray> json =
            readFile(dataPath(QStringLiteral("journald/") + name + QStringLiteral(".journalctl.json"))).split('\n');
        const journalfile::ReadAt read = [&bytes](qint64 offset, qint64 length) -> Result<QByteArray> {
            return bytes.mid(offset, length);
        };
        for (const auto& e : m.out.events) {
            const NormalizedEvent& ev = e.ev;
            QCOMPARE(ev.byteOffset, entries[static_cast<int>(ev.line) - 1]);
            QCOMPARE(bytes.at(ev.byteOffset), '\x03');
            QCOMPARE(static_cast<quint64>(ev.byteLength), le64At(bytes, ev.byteOffset + 8));
            auto described = journalfile::describeEntry(read, ev.byteOffset);
            QVERIFY2(described.hasValue(), described.hasValue() ? "" : qPrintable(described.error().message));
            // "NAME=value" lines, a value's further lines indented by four spaces.
            QMap<QString, QString> fields;
            QString last;
            for (const QString& line : QString::fromUtf8(described.value()).split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("    "))) {
                    fields[last] += QLatin1Char('\n') + line.mid(4);
                } else if (!line.isEmpty()) {
                    last = line.section(QLatin1Char('='), 0, 0);
                    fields.insert(last, line.section(QLatin1Char('='), 1));
                }
            }
            const QJsonObject expected = QJsonDocument::fromJson(json.at(ev.line - 1)).object();
            QStringList expectedNames;
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                if (it.key().startsWith(QLatin1String("__")))
                    continue;
                expectedNames << it.key();
                if (it.value().isString())
                    QCOMPARE(fields.value(it.key()), it.value().toString());
                else // an array of bytes: not UTF-8, said by its size
                    QCOMPARE(fields.value(it.key()),
                             QStringLiteral("[binary data, %1 bytes]").arg(it.value().toArray().size()));
            }
            expectedNames.sort();
            QCOMPARE(fields.keys(), expectedNames);
        }
    }
}

void TestJournalFile::describedEntryIsBounded()
{
    // An entry that names one field of 2 MiB (compressed to a few KiB) 3,000 times,
    // and a value that is not text: what is shown stays a few MiB, and says what it
    // leaves out; a field name is at most a line's start.
    JournalBuilder j(true);
    const qint64 big = j.zstd("MESSAGE=" + QByteArray(2 << 20, 'a'));
    const qint64 binary = j.data("COREDUMP=\x01\x02\x03");
    const qint64 noName = j.data(QByteArray(300, 'b') + "=late");
    QVector<qint64> items{binary, noName};
    for (int i = 0; i < 3000; ++i)
        items << big;
    const qint64 entry = j.entry(1, 1715731200000000ull, items);
    const QByteArray bytes = j.bytes();
    const journalfile::ReadAt read = [&bytes](qint64 offset, qint64 length) -> Result<QByteArray> {
        return bytes.mid(offset, length);
    };
    auto fields = journalfile::describeEntry(read, entry);
    QVERIFY(fields.hasValue());
    const QByteArray& out = fields.value();
    QVERIFY2(out.size() < (5 << 20), QByteArray::number(out.size()).constData());
    const QByteArray head = QByteArray("COREDUMP=[binary data, 3 bytes]\n=") + QByteArray(300, 'b') + "=late\n";
    QVERIFY(out.startsWith(head));
    const QByteArray cut = QByteArray("MESSAGE=") + QByteArray(64 * 1024, 'a') + " [… " +
                           QByteArray::number((2 << 20) - 64 * 1024) + " bytes more]\n";
    QVERIFY(out.contains(cut));
    QVERIFY(out.endsWith(" fields]\n"));
    // Not an entry, or not a journal file: said, not shown.
    QVERIFY(!journalfile::describeEntry(read, big).hasValue());
    const journalfile::ReadAt text = [](qint64, qint64) -> Result<QByteArray> { return QByteArray("MESSAGE=x"); };
    QVERIFY(!journalfile::describeEntry(text, 0).hasValue());
}

void TestJournalFile::secretsMaskedInTheStoredCopy()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const QString input = dataPath(QStringLiteral("journald/node-system.journal.gz"));
    const QByteArray original = decodedFile(input);
    QVERIFY(original.contains("Sup3rS3cretPassw0rd")); // in a MESSAGE and a _CMDLINE
    auto rep = importIntoCase(casePath, {input});
    QVERIFY2(rep.hasValue(), rep.hasValue() ? "" : qPrintable(rep.error().message));
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Artifact art = cf.value().artifacts().front();
    QCOMPARE(art.kind, QStringLiteral("journald"));
    QCOMPARE(art.stats.events, 13);
    auto stored = RawStore::read(cf.value().db(), art.id, 0, art.contentSize, art.contentSize + 1);
    QVERIFY(stored.hasValue());
    const QByteArray& copy = stored.value();
    QCOMPARE(copy.size(), original.size()); // masked in place: offsets stay
    QVERIFY(!copy.contains("Sup3rS3cretPassw0rd"));
    QVERIFY(copy.contains("MESSAGE=connecting to s3 with password=["));
    QVERIFY(copy.contains("_CMDLINE=/opt/backup/agent --db-password=["));
    QVERIFY(copy.contains("--bucket=acme-backups"));
    // The message over 512 bytes is compressed in the file, a bearer token inside:
    // its compressed bytes are masked whole, so nothing of it can be decoded.
    const MemoryImport m = importJournal(original);
    const NormalizedEvent& big = m.out.events[8].ev;
    QVERIFY(col(big, EventText::Message).contains(QStringLiteral("[redacted sha256:")));
    QVERIFY(!col(big, EventText::Message).contains(QStringLiteral("eyJzdWIiOiJlcmluIn0")));
    const MemoryImport fromCopy = importJournal(copy);
    QVERIFY(fromCopy.result.hasValue());
    QCOMPARE(fromCopy.out.events.size(), size_t(13));
    QCOMPARE(col(fromCopy.out.events[8].ev, EventText::Message), QStringLiteral("app[5001]: "));
    QVERIFY(hasIssue(fromCopy.issues, QStringLiteral("journald.unreadable-field")));
    QVERIFY(!copy.contains("eyJzdWIiOiJlcmluIn0"));
    // What the window shows of the backup agent's entry: its fields from the stored
    // copy, the password masked in its MESSAGE and _CMDLINE; and of the big one, its
    // compressed message said to be unreadable, the rest of it readable.
    auto all = Filter::compile(QString());
    QVERIFY(all.hasValue());
    auto page = EventQuery::page(cf.value().db(), all.value(), EventKey(), 20);
    QVERIFY(page.hasValue());
    QByteArray agent, app;
    for (const EventRecord& ev : page.value()) {
        auto fields = EventQuery::journalEntryFields(cf.value().db(), ev);
        QVERIFY2(fields.hasValue(), fields.hasValue() ? "" : qPrintable(fields.error().message));
        if (fields.value().contains("SYSLOG_IDENTIFIER=backup-agent\n"))
            agent = fields.value();
        if (fields.value().contains("_PID=5001\n"))
            app = fields.value();
    }
    QVERIFY(agent.contains("MESSAGE=connecting to s3 with password=[sha256:"));
    QVERIFY(agent.contains("_CMDLINE=/opt/backup/agent --db-password=[sha256:"));
    QVERIFY(!agent.contains("Sup3rS3cretPassw0rd"));
    QVERIFY2(app.contains("[a field compressed with"), app.constData());
    QVERIFY(app.contains("cannot be decoded: masked in the stored copy"));
    QVERIFY(app.contains("_HOSTNAME=ip-10-40-12-58"));
    const VerifyReport verified = Verifier::run(cf.value());
    QVERIFY(verified.ok());
}

void TestJournalFile::privateKeyOverEntries()
{
    // A script's `cat key.pem` through the journal: one entry a line, the second
    // body line stored compressed.
    const QByteArray line1 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCJrnKeyLine01";
    const QByteArray line2 = "JrnKeyLine02" + QByteArray(600, 'Q');
    JournalBuilder j(true);
    const qint64 host = j.data("_HOSTNAME=worker-7");
    const qint64 ident = j.data("SYSLOG_IDENTIFIER=restore");
    const qint64 begin = j.data("MESSAGE=-----BEGIN PRIVATE KEY-----");
    const qint64 body1 = j.data("MESSAGE=" + line1);
    const qint64 body2 = j.zstd("MESSAGE=" + line2);
    const qint64 end = j.data("MESSAGE=-----END PRIVATE KEY-----");
    const qint64 after = j.data("MESSAGE=restored 4c9a1e0b2f3d4e5f6a7b8c9d0e1f2a3b");
    quint64 seq = 0;
    for (qint64 message : {begin, body1, body2, end, after}) {
        ++seq;
        j.entry(seq, 1715731200000000ull + seq, {host, ident, message});
    }

    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("system.journal"));
    writeFile(input, j.bytes());
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto rep = importIntoCase(casePath, {input});
    QVERIFY2(rep.hasValue(), rep.hasValue() ? "" : qPrintable(rep.error().message));
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Artifact art = cf.value().artifacts().front();
    QCOMPARE(art.stats.events, 5);
    auto stored = RawStore::read(cf.value().db(), art.id, 0, art.contentSize, art.contentSize + 1);
    QVERIFY(stored.hasValue());
    QVERIFY(!stored.value().contains(line1));
    QVERIFY(stored.value().contains("MESSAGE=-----BEGIN PRIVATE KEY-----"));
    QVERIFY(stored.value().contains("MESSAGE=restored 4c9a1e0b2f3d4e5f6a7b8c9d0e1f2a3b"));
    const QByteArray file = caseFileBytes(casePath).toLower();
    QVERIFY(!file.contains("jrnkeyline01"));
    QVERIFY(!file.contains("jrnkeyline02"));

    const MemoryImport m = importJournal(j.bytes());
    QCOMPARE(m.out.events.size(), size_t(5));
    QVERIFY(col(m.out.events[1].ev, EventText::Message).startsWith(QLatin1String("restore: [redacted sha256:")));
    QVERIFY(col(m.out.events[2].ev, EventText::Message).startsWith(QLatin1String("restore: [redacted sha256:")));
    QCOMPARE(col(m.out.events[4].ev, EventText::Message),
             QStringLiteral("restore: restored 4c9a1e0b2f3d4e5f6a7b8c9d0e1f2a3b"));
}

void TestJournalFile::cutOff()
{
    const QByteArray bytes = fixture(QStringLiteral("node-system.journal.gz"));
    const QVector<qint64> entries = entryObjects(bytes);

    // Inside the header: nothing to read.
    MemoryImport m = importJournal(bytes.left(150));
    QVERIFY(!m.result.hasValue());
    QVERIFY(m.result.error().message.contains(QStringLiteral("cut off inside its header")));

    // Before the first entry: the import fails, saying where the file ends.
    m = importJournal(bytes.left(entries.front() - 40));
    QVERIFY(!m.result.hasValue());
    QVERIFY2(m.result.error().message.contains(QStringLiteral("ends at byte %1").arg(entries.front() - 40)),
             qPrintable(m.result.error().message));

    // Inside the seventh entry: the six before it, and the place of the cut.
    const qint64 cut = entries[6] + 30;
    m = importJournal(bytes.left(cut));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(6));
    const Issue* truncated = findIssue(m.issues, QStringLiteral("journald.truncated"));
    QVERIFY(truncated);
    QVERIFY(truncated->message.contains(QStringLiteral("ends at byte %1").arg(cut)));

    // After the last entry, the objects that index entries: cut there, every entry is read,
    // and the cut is named.
    const qint64 afterEntries = entries.back() + static_cast<qint64>(le64At(bytes, entries.back() + 8));
    m = importJournal(bytes.left(afterEntries));
    QCOMPARE(m.out.events.size(), size_t(13));
    QVERIFY(hasIssue(m.issues, QStringLiteral("journald.truncated")));

    // After the last object: a copy without the file's unused tail is whole.
    const qint64 tail = static_cast<qint64>(le64At(bytes, 136));
    const qint64 last = tail + static_cast<qint64>(le64At(bytes, tail + 8));
    QVERIFY(last > afterEntries && last < bytes.size());
    m = importJournal(bytes.left(last));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(13));
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("journald.bad-encoding")}); // as in the whole file
}

void TestJournalFile::damagedObject()
{
    QByteArray bytes = fixture(QStringLiteral("node-regular.journal.gz"));
    const QVector<qint64> entries = entryObjects(bytes);
    putLe64(bytes, entries[7] + 8, 3); // a size smaller than an object header
    const MemoryImport m = importJournal(bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(7));
    const Issue* damaged = findIssue(m.issues, QStringLiteral("journald.damaged"));
    QVERIFY(damaged);
    QVERIFY(damaged->message.contains(QStringLiteral("byte %1").arg(entries[7])));
    // A size past the end of the file is damage too, not a read of everything after.
    bytes = fixture(QStringLiteral("node-regular.journal.gz"));
    putLe64(bytes, entries[2] + 8, quint64(1) << 40);
    const MemoryImport far = importJournal(bytes);
    QCOMPARE(far.out.events.size(), size_t(2));
    QVERIFY(hasIssue(far.issues, QStringLiteral("journald.damaged")));
}

void TestJournalFile::compressedFields_data()
{
    QTest::addColumn<bool>("compact");
    QTest::newRow("compact") << true;
    QTest::newRow("regular") << false;
}

void TestJournalFile::compressedFields()
{
    QFETCH(bool, compact);
    JournalBuilder j(compact);
    const qint64 host = j.data("_HOSTNAME=worker-7");
    const qint64 ident = j.data("SYSLOG_IDENTIFIER=app");
    const qint64 viaZstd = j.zstd("MESSAGE=stored with zstd " + QByteArray(600, 'z'));
    const qint64 viaXz = j.xz("MESSAGE=stored with xz, password=Xz-Pw-4242 " + QByteArray(600, 'x'));
    const qint64 viaLz4 = j.lz4(53, lz4Block());
    QByteArray broken = lz4Block();
    broken[12] = '\x40'; // a distance back past the start
    const qint64 brokenLz4 = j.lz4(53, broken);
    const qint64 prio = j.data("PRIORITY=3");
    j.entry(1, 1715731200000000ull, {host, ident, viaZstd, prio});
    j.entry(2, 1715731201000000ull, {host, ident, viaXz});
    j.entry(3, 1715731202000000ull, {host, ident, viaLz4});
    j.entry(4, 1715731203000000ull, {host, ident, brokenLz4});
    const MemoryImport m = importJournal(j.bytes());
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(4));
    QCOMPARE(col(m.out.events[0].ev, EventText::Message),
             QStringLiteral("app: stored with zstd ") + QString(600, QLatin1Char('z')));
    QCOMPARE(m.out.events[0].ev.severity, nodelog::severityFromSyslog(3));
    QCOMPARE(col(m.out.events[1].ev, EventText::Message).left(41),
             QStringLiteral("app: stored with xz, password=[redacted s"));
    QCOMPARE(col(m.out.events[2].ev, EventText::Message),
             QStringLiteral("app: ") + QStringLiteral("ab").repeated(20) + QStringLiteral("end!!"));
    // The damaged one: its entry still, with the fields that could be read.
    const NormalizedEvent& last = m.out.events[3].ev;
    QCOMPARE(col(last, EventText::Node), QStringLiteral("worker-7"));
    QCOMPARE(col(last, EventText::Message), QStringLiteral("app: "));
    QCOMPARE(last.tsNs, qint64(1715731203000000) * 1000);
    const Issue* unreadable = findIssue(m.issues, QStringLiteral("journald.unreadable-field"));
    QVERIFY(unreadable);
    QVERIFY(unreadable->message.contains(QStringLiteral("lz4")));
    QVERIFY(unreadable->message.contains(QString::number(brokenLz4)));
    const QString cursor = col(m.out.events[1].ev, EventText::RecordId);
    QCOMPARE(cursor, QStringLiteral("s=101112131415161718191a1b1c1d1e1f;i=2;b=b0b1b2b3b4b5b6b7b8b9babbbcbdbebf;m=") +
                         QString::number(1715731201000000ull - 1715600000000000ull, 16) + QStringLiteral(";t=") +
                         QString::number(1715731201000000ull, 16) + QStringLiteral(";x=") +
                         QString::number(0x1234abcdull * 2, 16));
}

void TestJournalFile::lz4Blocks()
{
    std::string out;
    const QByteArray block = lz4Block();
    QVERIFY(journalfile::decodeLz4Block(std::string_view(block.constData(), size_t(block.size())), 53, out));
    QCOMPARE(QByteArray::fromStdString(out), "MESSAGE=" + QByteArray("ab").repeated(20) + "end!!");
    // Literals only.
    QVERIFY(journalfile::decodeLz4Block(std::string_view("\x30"
                                                         "abc",
                                                         4),
                                        3, out));
    QCOMPARE(out, std::string("abc"));
    // The size said must be the size made.
    QVERIFY(!journalfile::decodeLz4Block(std::string_view(block.constData(), size_t(block.size())), 52, out));
    QVERIFY(!journalfile::decodeLz4Block(std::string_view(block.constData(), size_t(block.size())), 60, out));
    // Cut inside the literals, inside the distance, inside a length's extension bytes.
    for (int cut : {5, 12, 13, 14})
        QVERIFY(!journalfile::decodeLz4Block(std::string_view(block.constData(), size_t(cut)), 53, out));
    // A distance of zero; a length that would run past the size.
    QByteArray bad = block;
    bad[11] = '\0';
    QVERIFY(!journalfile::decodeLz4Block(std::string_view(bad.constData(), size_t(bad.size())), 53, out));
    bad = block;
    bad[13] = '\xff';
    QVERIFY(!journalfile::decodeLz4Block(std::string_view(bad.constData(), size_t(bad.size())), 53, out));
}

void TestJournalFile::newerLayoutRefused()
{
    QByteArray bytes = fixture(QStringLiteral("node-system.journal.gz"));
    bytes[12] = static_cast<char>(bytes[12] | 0x40); // an incompatible flag no systemd of today sets
    const MemoryImport m = importJournal(bytes);
    QVERIFY(!m.result.hasValue());
    QVERIFY(m.result.error().message.contains(QStringLiteral("journalctl -o json")));
    QVERIFY(m.out.events.empty());
    // A header size no systemd writes.
    bytes = fixture(QStringLiteral("node-system.journal.gz"));
    putLe64(bytes, 88, 40);
    QVERIFY(!importJournal(bytes).result.hasValue());
}

void TestJournalFile::openFileNoted()
{
    QByteArray bytes = fixture(QStringLiteral("node-system.journal.gz"));
    bytes[16] = 1; // "online": journald had it open when it was copied
    const MemoryImport m = importJournal(bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(13));
    const Issue* online = findIssue(m.issues, QStringLiteral("journald.online"));
    QVERIFY(online);
    QCOMPARE(online->severity, IssueSeverity::Info);
}

void TestJournalFile::tailNotNamed()
{
    // A header that names no tail object: the objects are read up to the zeros of the
    // unused arena, which end the file's objects without being damage.
    QByteArray bytes = fixture(QStringLiteral("node-system.journal.gz"));
    putLe64(bytes, 136, 0);
    const MemoryImport m = importJournal(bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(13));
    QVERIFY(!hasIssue(m.issues, QStringLiteral("journald.damaged")));
    QVERIFY(!hasIssue(m.issues, QStringLiteral("journald.truncated")));
}

void TestJournalFile::chosenByContent()
{
    const QByteArray bytes = fixture(QStringLiteral("node-system.journal.gz"));
    QCOMPARE(chosenKind(bytes, QStringLiteral("system.journal")), QStringLiteral("journald"));
    QCOMPARE(chosenKind(bytes, QStringLiteral("system@0005f1a2-b3c4.journal~")), QStringLiteral("journald"));
    QCOMPARE(chosenKind(bytes, QStringLiteral("evidence.bin")), QStringLiteral("journald"));
    JournaldImporter importer;
    QCOMPARE(importer.sniff(bytes.left(8)), Confidence::Signature);
    QCOMPARE(importer.sniff(QByteArray("LPKSHHR")), Confidence::No);
}

void TestJournalFile::insideANodeArchive()
{
    QTemporaryDir dir;
    const QString tarPath = dir.filePath(QStringLiteral("worker-7-logs.tar.gz"));
    writeFile(tarPath,
              tarGzBytes({{QStringLiteral("worker-7/var/log/journal/4a1c2b3d4e5f60718293a4b5c6d7e8f9/system.journal"),
                           fixture(QStringLiteral("node-system.journal.gz"))}}));
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto rep = importIntoCase(casePath, {tarPath});
    QVERIFY2(rep.hasValue(), rep.hasValue() ? "" : qPrintable(rep.error().message));
    QCOMPARE(rep.value().events, 13);
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    bool found = false;
    for (const Artifact& a : cf.value().artifacts()) {
        if (a.kind == QLatin1String("journald")) {
            found = true;
            QVERIFY(a.name.endsWith(QStringLiteral("/system.journal")));
            QCOMPARE(a.stats.events, 13);
        }
    }
    QVERIFY(found);
    // Each entry names its host: the node is the journal's, not the folder's guess.
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("node=ip-10-40-12-58.eu-central-1.compute.internal")), 13);
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("user=erin verb=sudo")), 1);
}

void TestJournalFile::fuzz()
{
    QList<QByteArray> seeds;
    seeds << fixture(QStringLiteral("node-system.journal.gz")) << fixture(QStringLiteral("node-regular.journal.gz"));
    JournalBuilder built(true);
    const qint64 host = built.data("_HOSTNAME=worker-7");
    built.entry(1, 1715731200000000ull, {host, built.lz4(53, lz4Block()), built.zstd("MESSAGE=z")});
    built.entry(2, 1715731201000000ull, {host, built.xz("MESSAGE=x")});
    seeds << built.bytes();
    // The fixtures' unused tails are megabytes of zeros: mutate the part that holds objects.
    for (QByteArray& s : seeds) {
        const QVector<qint64> entries = entryObjects(s);
        s.truncate(entries.back() + static_cast<qint64>(le64At(s, entries.back() + 8)) + 64);
    }
    quint32 seed = 20261127u;
    if (qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_SEED"))
        seed ^= static_cast<quint32>(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED"));
    QRandomGenerator rng(seed);
    const int iterations = fuzzIterations();
    int imported = 0;
    for (int iter = 0; iter < iterations; ++iter) {
        QByteArray data = seeds[static_cast<int>(rng.bounded(static_cast<quint32>(seeds.size())))];
        const int mutations = 1 + static_cast<int>(rng.bounded(4u));
        for (int k = 0; k < mutations && data.size() > 32; ++k) {
            const qint64 at = 8 + rng.bounded(static_cast<qint64>(data.size() - 16));
            switch (rng.bounded(4u)) {
            case 0: // a byte
                data[at] = static_cast<char>(rng.bounded(256u));
                break;
            case 1: // a 64-bit field: a size, an offset
                putLe64(data, at & ~qint64(7), rng.bounded(2u) ? rng.generate64() : rng.bounded(4096u));
                break;
            case 2: // cut off
                data.truncate(at);
                break;
            default: // a 32-bit item of a compact entry
                data[at] = static_cast<char>(rng.bounded(256u));
                data[(at + 1) % data.size()] = static_cast<char>(rng.bounded(256u));
                break;
            }
        }
        const MemoryImport m = importJournal(data);
        if (!m.result.hasValue())
            continue;
        ++imported;
        const journalfile::ReadAt read = [&data](qint64 offset, qint64 length) -> Result<QByteArray> {
            return data.mid(offset, length);
        };
        for (const auto& e : m.out.events) {
            const NormalizedEvent& ev = e.ev;
            QVERIFY2(ev.byteOffset >= 0 && ev.byteLength >= 0 && ev.byteOffset + ev.byteLength <= data.size(),
                     qPrintable(QStringLiteral("iteration %1").arg(iter)));
            QVERIFY(ev.line >= 1);
            for (const std::string& t : ev.text)
                QVERIFY2(isValidUtf8(t), qPrintable(QStringLiteral("iteration %1").arg(iter)));
            // What the window would show of it: the fields, or why not; never more than the file.
            auto fields = journalfile::describeEntry(read, ev.byteOffset);
            if (fields.hasValue())
                QVERIFY(fields.value().size() < (5 << 20));
        }
    }
    QVERIFY(imported > iterations / 4);
}

QTEST_GUILESS_MAIN(TestJournalFile)
#include "TestJournalFile.moc"
