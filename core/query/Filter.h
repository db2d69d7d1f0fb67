#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace ab {

class Statement;

/// The clause free words compile to. EventQuery may swap it for kFtsExistsClause
/// when the matches are dense (see EventQuery::page).
inline constexpr char kFtsInClause[] = "id IN (SELECT id FROM temp.fts_hits)";
inline constexpr char kFtsExistsClause[] = "EXISTS (SELECT 1 FROM temp.fts_hits h WHERE h.id = event_rows.id)";

/// A filter expression compiled to a WHERE fragment over `events` with numbered
/// placeholders, and the values to bind to them. The fragment is assembled from
/// constant pieces and whitelisted column names only; user text is never in it.
struct CompiledFilter
{
    QByteArray where = "1";  // SQL fragment, e.g. "verb = ?4 AND status >= ?5"
    QVector<QVariant> binds; // values for ?firstParam, ?firstParam+1, …
    int firstParam = 4;
    QString canonical; // the filter as understood, for display
    /// FTS5 query of the bare words ("\"a\" \"b\""), or empty. The fragment then
    /// refers to temp.fts_hits, which EventQuery fills once per query and connection.
    QString ftsQuery;
    /// The bare words (or quoted phrases) themselves, as typed.
    QStringList ftsPhrases;

    /// Binds the values to `st` at their placeholders.
    void bindTo(Statement& st) const;
};

/// The filter language shared by the GUI filter box and `auditbench-cli events --filter`:
///
///   verb=create user~alice code>=400 ns=kube-system "token review"
///
/// Terms are ANDed. A term is FIELD OP VALUE with OP one of = != ~ !~ > >= < <=,
/// or a bare word / "quoted phrase" searched in the full-text index. `=` with `*`
/// in the value matches a wildcard; `=a,b,c` matches any of the values. Times
/// (time>=2024-05-01T10:00Z) are ISO 8601, UTC unless they carry an offset.
class Filter
{
public:
    /// `firstParam` is the number of the first placeholder the fragment may use.
    static constexpr int kFirstParam = 4; // ?1..?3 are left to the paging queries
    static Result<CompiledFilter> compile(const QString& expression, int firstParam = kFirstParam);
    /// Field names the language knows, with a one-line description each, for help texts.
    static QVector<QPair<QString, QString>> fields();
    /// The term that matches exactly `value` in `field` (`user="a b"`), quoted where
    /// needed. Empty when the language cannot say it: a `,` or `*` in the value
    /// would be read as alternatives or a wildcard.
    static QString equalsTerm(const QString& field, const QString& value);
    /// `expression` with its time terms replaced by `time>=FROM time<TO`: the window
    /// [fromNs, toNs) widened to whole milliseconds, the language's precision. The
    /// other terms stay as typed. What the activity histogram sets when the analyst
    /// marks a stretch of time.
    static QString withTimeWindow(const QString& expression, qint64 fromNs, qint64 toNs);
    /// `expression` without its time terms: the whole time range again.
    static QString withoutTimeWindow(const QString& expression);
    /// The window [fromNs, toNs) the time terms of `expression` leave, when they
    /// bound it on both sides (`time>=A time<B`); false otherwise.
    static bool timeWindowOf(const QString& expression, qint64* fromNs, qint64* toNs);
};

} // namespace ab
