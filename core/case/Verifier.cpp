#include "case/Verifier.h"

#include "case/RawStore.h"
#include "case/SearchIndex.h"
#include "util/Json.h"

namespace ab {

bool VerifyReport::ok() const
{
    if (integrity != QLatin1String("ok") || !journalOk)
        return false;
    for (const auto& a : artifacts) {
        if (!a.ok)
            return false;
    }
    return true;
}

VerifyReport Verifier::run(const CaseFile& cf, const std::function<void(int, int)>& progress)
{
    VerifyReport rep;
    const Db& db = cf.db();
    const QVector<Artifact> arts = cf.artifacts();
    int done = 0;
    for (const Artifact& a : arts) {
        VerifyReport::ArtifactCheck c;
        c.id = a.id;
        c.name = a.name;
        auto r = RawStore::rehash(db, a.id);
        if (!r) {
            c.message = r.error().message;
        } else if (r.value().size != a.contentSize) {
            c.message = QObject::tr("stored original has %1 bytes, %2 recorded").arg(r.value().size).arg(a.contentSize);
        } else if (r.value().sha256 != a.contentSha256) {
            c.message = QObject::tr("sha256 mismatch: stored original hashes to %1, %2 recorded")
                            .arg(r.value().sha256, a.contentSha256);
        } else {
            c.ok = true;
            c.message = QStringLiteral("ok");
            if (a.kind == QLatin1String("archive"))
                c.message = QObject::tr("ok (archive: its members keep its bytes and are checked on their own; "
                                        "the archive as given had sha256 %1)")
                                .arg(a.sha256);
            for (const Issue& i : a.issues) {
                if (i.code == QLatin1String(kIssueRedactedOriginal)) {
                    // sha256 names the file as given; what is kept (and checked) had its secrets replaced.
                    c.message = QObject::tr("ok (stored copy with secrets replaced by fingerprints; the file as "
                                            "given had sha256 %1)")
                                    .arg(a.sha256);
                    break;
                }
            }
        }
        rep.artifacts.push_back(c);
        if (progress)
            progress(++done, arts.size());
    }

    QStringList problems;
    Statement ic = db.prepare("PRAGMA integrity_check(20)");
    while (ic.next())
        problems << ic.text(0);
    if (!ic.ok())
        problems << ic.errorMessage();
    rep.integrity = problems.join(QLatin1Char('\n'));
    if (rep.integrity.isEmpty())
        rep.integrity = QObject::tr("integrity check returned nothing");
    if (!cf.isReadOnly()) {
        // FTS5's own check is an INSERT command, so it needs a writable connection.
        Statement fts = db.prepare("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)");
        if (!fts.exec() && rep.integrity == QLatin1String("ok"))
            rep.integrity = QObject::tr("full-text index: %1").arg(fts.errorMessage());
    }
    if (rep.integrity == QLatin1String("ok")) {
        if (const QString search = SearchIndex::check(db); !search.isEmpty())
            rep.integrity = search;
    }

    Statement j = db.prepare("SELECT id, ts, analyst, action, detail, prev_hash, hash FROM journal ORDER BY id");
    QString prev;
    while (j.next()) {
        ++rep.journalRows;
        const QString expected = journalHash(prev, j.text(1), j.text(2), j.text(3), j.text(4));
        if (j.text(5) != prev || j.text(6) != expected) {
            rep.journalOk = false;
            rep.journalMessage = QObject::tr("journal row %1 does not match its hash chain").arg(j.int64(0));
            break;
        }
        prev = j.text(6);
    }
    if (rep.journalOk)
        rep.journalMessage = QObject::tr("%n row(s), chain intact", nullptr, static_cast<int>(rep.journalRows));
    return rep;
}

} // namespace ab
