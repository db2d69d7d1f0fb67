#pragma once

// Helpers for the GUI tests: synthetic case files that do not depend on any
// importer, and a Prompter whose answers a test scripts.

#include "Prompter.h"
#include "case/CaseFile.h"
#include "case/CaseSchema.h"
#include "case/RawStore.h"
#include "case/SqliteCaseWriter.h"
#include "query/EventQuery.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QMenu>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QVector>

#include <functional>
#include <numeric>

namespace ab::test {

/// The synthetic event at time rank `r` (row r of the unfiltered table). Fields
/// cycle with co-prime periods so that filters have exact, computable counts.
struct SyntheticEvent
{
    static constexpr qint64 kBaseNs = 1714557600000000000LL; // 2024-05-01T10:00:00Z
    static constexpr qint64 kStepNs = 1000000007LL;          // a bit over a second, odd nanoseconds

    static qint64 tsNs(qint64 r) { return kBaseNs + r * kStepNs + (r % 1000); }
    static QString user(qint64 r)
    {
        static const char* const users[] = {"alice",
                                            "bob",
                                            "system:serviceaccount:kube-system:replicaset-controller",
                                            "carol",
                                            "system:anonymous",
                                            "dave@example.com",
                                            "eve"};
        return QString::fromLatin1(users[r % 7]);
    }
    static QString verb(qint64 r)
    {
        static const char* const verbs[] = {"get", "list", "watch", "create", "update", "delete"};
        return QString::fromLatin1(verbs[r % 6]);
    }
    static int status(qint64 r)
    {
        static const int codes[] = {200, 200, 200, 201, 200, 403, 404, 200, 500, 409, 200};
        return codes[r % 11];
    }
    static int severity(qint64 r) { return status(r) >= 500 ? 3 : status(r) == 403 ? 2 : 0; }
    static QString ns(qint64 r)
    {
        static const char* const nss[] = {"default", "kube-system", "payments", "monitoring", "ci"};
        return QString::fromLatin1(nss[r % 5]);
    }
    static QString resource(qint64 r)
    {
        static const char* const res[] = {"pods", "secrets", "configmaps", "deployments"};
        return QString::fromLatin1(res[r % 4]);
    }
    static QString name(qint64 r) { return QStringLiteral("obj-%1").arg(r % 97); }
    static QString object(qint64 r) { return QStringLiteral("%1 %2/%3").arg(resource(r), ns(r), name(r)); }
    static QString sourceIp(qint64 r) { return QStringLiteral("10.0.%1.%2").arg(r % 13).arg(r % 251); }
    static QString userAgent(qint64 r)
    {
        return r % 3 ? QStringLiteral("kubectl/v1.29.1 (linux/amd64) kubernetes/bc401b9")
                     : QStringLiteral("kube-controller-manager/v1.29.1");
    }
    static QString auditId(qint64 r) { return QStringLiteral("audit-%1").arg(r, 8, 10, QLatin1Char('0')); }
    static QString decision(qint64 r) { return status(r) == 403 ? QStringLiteral("forbid") : QStringLiteral("allow"); }

    /// The original record as it is "in the artifact".
    static QByteArray rawLine(qint64 r)
    {
        return QStringLiteral("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\","
                              "\"auditID\":\"%1\",\"stage\":\"ResponseComplete\",\"verb\":\"%2\","
                              "\"user\":{\"username\":\"%3\",\"groups\":[\"system:authenticated\"]},"
                              "\"sourceIPs\":[\"%4\"],\"userAgent\":\"%5\",\"objectRef\":{\"resource\":\"%6\","
                              "\"namespace\":\"%7\",\"name\":\"%8\"},\"responseStatus\":{\"code\":%9},"
                              "\"stageTimestamp\":\"%10\"}")
            .arg(auditId(r), verb(r), user(r), sourceIp(r), userAgent(r), resource(r), ns(r), name(r))
            .arg(status(r))
            .arg(EventQuery::formatTime(tsNs(r)))
            .toUtf8();
    }

    /// Rows among the first `n` for which `pred(r)` holds.
    static qint64 count(qint64 n, const std::function<bool(qint64)>& pred)
    {
        qint64 c = 0;
        for (qint64 r = 0; r < n; ++r)
            c += pred(r) ? 1 : 0;
        return c;
    }
};

/// Creates a case at `path` holding `n` synthetic events, inserted out of time
/// order, as one artifact whose raw bytes are kept like an import keeps them, with
/// the full-text index filled as ImportJob fills it. Returns an error message or "".
inline QString
createSyntheticCase(const QString& path, qint64 n, const QString& artifactName = QStringLiteral("synthetic-audit.log"))
{
    auto cf = CaseFile::create(path);
    if (!cf)
        return cf.error().toString();
    Db& db = cf.value().db();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    {
        Statement art = db.prepare("INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, "
                                   "content_size, chunk_size, imported_at, analyst) "
                                   "VALUES(?1, 'k8s-audit', 'synthetic/1', '', 0, '', 0, ?2, ?3, 'test')");
        art.bind(1, artifactName);
        art.bind(2, RawChunker::kChunkSize);
        art.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!art.exec())
            return art.errorMessage();
    }
    const qint64 artifactId = db.lastInsertRowId();
    qint64 contentSize = 0;
    RawChunker::Summary summary;
    {
        SqliteCaseWriter writer(db);
        writer.setArtifact(artifactId);
        RawChunker chunker([&writer, artifactId](RawChunk&& c) { writer.addRawChunk(artifactId, std::move(c)); });
        // Insertion order is a permutation of time order, so the table's order
        // comes from the index, not from the row ids.
        const qint64 prime = 7919;
        if (n % prime == 0)
            return QStringLiteral("n must not be a multiple of %1").arg(prime);
        NormalizedEvent ev;
        qint64 offset = 0;
        for (qint64 i = 0; i < n; ++i) {
            const qint64 r = (i * prime) % n;
            const QByteArray line = SyntheticEvent::rawLine(r);
            ev.clear();
            ev.tsNs = SyntheticEvent::tsNs(r);
            ev.line = i + 1;
            ev.byteOffset = offset;
            ev.byteLength = line.size();
            ev.status = SyntheticEvent::status(r);
            ev.severity = SyntheticEvent::severity(r);
            auto set = [&ev](EventText f, const QString& v) { ev.set(f, v.toStdString()); };
            set(EventText::Source, QStringLiteral("k8s-audit"));
            set(EventText::Cluster, QStringLiteral("prod"));
            set(EventText::Namespace, SyntheticEvent::ns(r));
            set(EventText::Principal, SyntheticEvent::user(r));
            set(EventText::Groups, QStringLiteral("system:authenticated"));
            set(EventText::SourceIp, SyntheticEvent::sourceIp(r));
            set(EventText::UserAgent, SyntheticEvent::userAgent(r));
            set(EventText::Verb, SyntheticEvent::verb(r));
            set(EventText::Resource, SyntheticEvent::resource(r));
            set(EventText::Name, SyntheticEvent::name(r));
            set(EventText::Object, SyntheticEvent::object(r));
            set(EventText::Decision, SyntheticEvent::decision(r));
            set(EventText::Stage, QStringLiteral("ResponseComplete"));
            set(EventText::RecordId, SyntheticEvent::auditId(r));
            set(EventText::Message, QStringLiteral("%1 %2 %3")
                                        .arg(SyntheticEvent::verb(r), SyntheticEvent::object(r))
                                        .arg(SyntheticEvent::status(r)));
            writer.addEvent(ev);
            chunker.append(line.constData(), line.size());
            chunker.append("\n", 1);
            offset += line.size() + 1;
        }
        contentSize = offset;
        auto s = chunker.finish();
        if (!s)
            return s.error().toString();
        summary = s.value();
        if (auto f = writer.flush(); !f)
            return f.error().toString();
        if (auto m = writer.finishMerges(); !m)
            return m.error().toString();
        if (auto m = writer.indexMergedForSearch(); !m)
            return m.error().toString();
    }
    {
        Statement upd = db.prepare("UPDATE artifacts SET sha256 = ?1, content_sha256 = ?1, size = ?2, "
                                   "content_size = ?2, lines = ?3, events = ?3 WHERE id = ?4");
        upd.bind(1, summary.sha256);
        upd.bind(2, contentSize);
        upd.bind(3, n);
        upd.bind(4, artifactId);
        if (!upd.exec())
            return upd.errorMessage();
    }
    if (auto r = tx.commit(); !r)
        return r.error().toString();
    db.exec("PRAGMA analysis_limit=1000; ANALYZE;");
    return {};
}

/// Right-clicks `index` in `view` and returns the objectNames of the actions in
/// the menu that opens (separators left out), closing it; "(no menu)" if none does.
inline QStringList contextMenuActions(QAbstractItemView* view, const QModelIndex& index)
{
    QStringList items;
    bool closed = false;
    // The menu runs its own event loop inside sendEvent(): the timer reads and closes it there.
    QTimer::singleShot(200, view, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* a : menu->actions()) {
                if (!a->isSeparator() && a->isVisible())
                    items << a->objectName();
            }
            menu->close();
            closed = true;
        }
    });
    const QPoint pos = view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    // Longer than the timer: it has fired, menu or not, before the locals go.
    if (!QTest::qWaitFor([&] { return closed; }, 5000))
        return {QStringLiteral("(no menu)")};
    return items;
}

/// A Prompter that records what the GUI wanted to show and answers from a script.
class ScriptedPrompter : public Prompter
{
public:
    struct Shown
    {
        QString kind; // "error", "information", "question", "confirm"
        QString title;
        QString text;
    };

    QVector<Shown> shown;
    QList<Answer> answers;    // for question(); No when empty
    QStringList fileNames;    // for saveFileName()/openFileName(); "" when empty
    QList<QStringList> files; // for openFileNames()
    QStringList directories;  // for existingDirectory()

    void setNextAnswer(Answer a) { answers << a; }
    int count(const QString& kind) const
    {
        return static_cast<int>(
            std::count_if(shown.begin(), shown.end(), [&](const Shown& s) { return s.kind == kind; }));
    }
    QString lastText(const QString& kind) const
    {
        for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
            if (it->kind == kind)
                return it->text;
        }
        return {};
    }

    void error(QWidget*, const QString& title, const QString& text) override
    {
        shown.push_back({QStringLiteral("error"), title, text});
    }
    void information(QWidget*, const QString& title, const QString& text) override
    {
        shown.push_back({QStringLiteral("information"), title, text});
    }
    Answer question(QWidget*, const QString& title, const QString& text) override
    {
        shown.push_back({QStringLiteral("question"), title, text});
        return answers.isEmpty() ? Answer::No : answers.takeFirst();
    }
    /// Recorded as kind "confirm" with the action in the title; answered from `answers` (Yes confirms).
    bool confirmDestructive(QWidget*, const QString& title, const QString& text, const QString& action) override
    {
        shown.push_back({QStringLiteral("confirm"), title + QStringLiteral(" [") + action + QLatin1Char(']'), text});
        return !answers.isEmpty() && answers.takeFirst() == Answer::Yes;
    }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return next(fileNames); }
    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override { return next(fileNames); }
    QStringList openFileNames(QWidget*, const QString&, const QString&, const QString& filter) override
    {
        lastFilter = filter;
        return files.isEmpty() ? QStringList() : files.takeFirst();
    }
    QString existingDirectory(QWidget*, const QString&, const QString&) override { return next(directories); }
    QStringList choices; // for chooseItem(); "" (cancelled) when empty
    QString offered;     // the item chooseItem() offered first
    QString
    chooseItem(QWidget*, const QString& title, const QString& label, const QStringList& items, int current) override
    {
        shown.push_back({QStringLiteral("choice"), title, label});
        offered = items.value(current);
        return next(choices);
    }

    QString lastFilter;

private:
    static QString next(QStringList& list) { return list.isEmpty() ? QString() : list.takeFirst(); }
};

} // namespace ab::test
