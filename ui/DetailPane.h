#pragma once

#include "query/EventQuery.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace ab {

class ArtifactsModel;
class Db;

/// The selected event: its normalized fields as a form, and the original record
/// read back from the artifact's stored bytes (pretty-printed when it is JSON).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget* parent = nullptr);

    /// The connection raw records are read through (the GUI's; one chunk
    /// decompress is about a millisecond), and where artifact names come from.
    void setSources(const Db* db, const ArtifactsModel* artifacts);
    void setEvent(const EventRecord& ev);
    void clear();
    qint64 eventId() const { return m_eventId; }
    /// Time the last raw record read and formatting took on the GUI thread.
    double lastRawMs() const { return m_lastRawMs; }
    QSplitter* splitter() const { return m_split; }
    /// `json` indented by four spaces per level, keys in their original order
    /// (QJsonDocument would sort them); empty if `json` is not valid JSON.
    static QString prettyJson(const QByteArray& json);
    /// `bytes` as lines of sixteen: their offset in the artifact (the first is at
    /// `offset`), the bytes in hexadecimal and as text, '.' for what is not printable.
    static QString hexDump(const QByteArray& bytes, qint64 offset);
    /// Copies the shown event's original record (the bytes, not the pretty form; a
    /// binary record as its hex dump). False when no record is shown.
    bool copyRaw();
    bool hasRaw() const;

private:
    using Unit = EventQuery::Unit;
    Unit unitOf(qint64 artifactId);
    QLabel* addField(const QString& objectName, const QString& label);
    void setRowVisible(const QString& objectName, bool visible);
    /// The User row: the principal, with the name the node's passwd gives a uid.
    QString userText(const EventRecord& ev) const;

    const Db* m_db = nullptr;
    const ArtifactsModel* m_artifacts = nullptr;
    qint64 m_eventId = 0;
    double m_lastRawMs = 0;
    QSplitter* m_split = nullptr;
    QGridLayout* m_form = nullptr;
    QHash<QString, QLabel*> m_fields;
    QHash<QString, QLabel*> m_names;
    QHash<qint64, Unit> m_units; // by artifact, for the case open
    QLabel* m_rawTitle = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QPushButton* m_copy = nullptr;
    QByteArray m_rawBytes;
    bool m_rawIsBinary = false; // the record shown, as stored
};

} // namespace ab
