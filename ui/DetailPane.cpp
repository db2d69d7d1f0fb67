#include "DetailPane.h"

#include "ArtifactsModel.h"
#include "case/RawStore.h"
#include "import/importers/UtmpImporter.h"
#include "model/Finding.h"
#include "query/ResourceQuery.h"
#include "util/Text.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ab {
namespace {

constexpr qint64 kMaxShownRaw = 1024 * 1024;

// Rows shown only when the event has something to say in them.
constexpr const char* kOptionalRows[] = {
    "detailReceived", "detailGroups",    "detailImpersonated", "detailSourceIp", "detailUserAgent", "detailVerb",
    "detailObject",   "detailNamespace", "detailNode",         "detailPod",      "detailContainer", "detailCode",
    "detailSeverity", "detailDecision",  "detailReason",       "detailStage",    "detailAuditId",   "detailMessage"};

} // namespace

QString DetailPane::hexDump(const QByteArray& bytes, qint64 offset)
{
    QString out;
    out.reserve(static_cast<qsizetype>(bytes.size() / 16 + 1) * 80);
    for (qsizetype row = 0; row < bytes.size(); row += 16) {
        out += QStringLiteral("%1  ").arg(offset + row, 8, 16, QLatin1Char('0'));
        QString text;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i == row + 8)
                out += QLatin1Char(' ');
            if (i < bytes.size()) {
                const auto b = static_cast<unsigned char>(bytes[i]);
                out += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                text += b >= 0x20 && b < 0x7f ? QLatin1Char(static_cast<char>(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += QStringLiteral(" |") + text + QStringLiteral("|\n");
    }
    return out;
}

QString DetailPane::prettyJson(const QByteArray& json)
{
    QJsonParseError err{};
    QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return {};
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&out](int level) {
        out += '\n';
        out += QByteArray(level * 4, ' ');
    };
    for (int i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            // Keep empty containers on one line.
            int j = i + 1;
            while (j < json.size() && (json[j] == ' ' || json[j] == '\t' || json[j] == '\r' || json[j] == '\n'))
                ++j;
            if (j < json.size() && (json[j] == '}' || json[j] == ']')) {
                out += c;
                out += json[j];
                i = j;
                break;
            }
            out += c;
            newline(++depth);
            break;
        }
        case '}':
        case ']':
            newline(--depth);
            out += c;
            break;
        case ',':
            out += c;
            newline(depth);
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            break;
        default:
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailPane"));

    auto* formHost = new QWidget;
    // A grid, not a QFormLayout: wrapped values get the height they need.
    m_form = new QGridLayout(formHost);
    m_form->setContentsMargins(6, 4, 6, 4);
    m_form->setVerticalSpacing(2);
    m_form->setHorizontalSpacing(8);
    m_form->setColumnStretch(1, 1);
    addField(QStringLiteral("detailTime"), tr("Time (UTC)"));
    addField(QStringLiteral("detailReceived"), tr("Received"));
    addField(QStringLiteral("detailUser"), tr("User"));
    addField(QStringLiteral("detailGroups"), tr("Groups"));
    addField(QStringLiteral("detailImpersonated"), tr("Impersonated"));
    addField(QStringLiteral("detailSourceIp"), tr("Source IP"));
    addField(QStringLiteral("detailUserAgent"), tr("User agent"));
    addField(QStringLiteral("detailVerb"), tr("Verb"));
    addField(QStringLiteral("detailObject"), tr("Object"));
    addField(QStringLiteral("detailNamespace"), tr("Namespace"));
    addField(QStringLiteral("detailNode"), tr("Node"));
    addField(QStringLiteral("detailPod"), tr("Pod"));
    addField(QStringLiteral("detailContainer"), tr("Container"));
    addField(QStringLiteral("detailCode"), tr("Code"));
    addField(QStringLiteral("detailSeverity"), tr("Severity"));
    addField(QStringLiteral("detailDecision"), tr("Decision"));
    addField(QStringLiteral("detailReason"), tr("Reason"));
    addField(QStringLiteral("detailStage"), tr("Stage"));
    addField(QStringLiteral("detailAuditId"), tr("Audit ID"));
    addField(QStringLiteral("detailMerged"), tr("Stages merged"));
    addField(QStringLiteral("detailMessage"), tr("Message"));
    addField(QStringLiteral("detailSource"), tr("Source"));
    addField(QStringLiteral("detailArtifact"), tr("Artifact"));
    m_form->setRowStretch(m_form->rowCount(), 1); // rows stay at the top

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailFields"));
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* rawHost = new QWidget;
    auto* rawLayout = new QVBoxLayout(rawHost);
    rawLayout->setContentsMargins(4, 2, 2, 2);
    rawLayout->setSpacing(2);
    auto* rawHeader = new QHBoxLayout;
    m_rawTitle = new QLabel(tr("Original record"));
    m_rawTitle->setObjectName(QStringLiteral("rawRecordTitle"));
    m_copy = new QPushButton(tr("Copy"));
    m_copy->setObjectName(QStringLiteral("copyRawButton"));
    m_copy->setToolTip(tr("Copy the original record to the clipboard"));
    m_copy->setEnabled(false);
    rawHeader->addWidget(m_rawTitle, 1);
    rawHeader->addWidget(m_copy);
    m_raw = new QPlainTextEdit;
    m_raw->setObjectName(QStringLiteral("rawRecordView"));
    m_raw->setReadOnly(true);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setPlaceholderText(tr("Select an event to see the record exactly as it was in the artifact."));
    rawLayout->addLayout(rawHeader);
    rawLayout->addWidget(m_raw, 1);
    connect(m_copy, &QPushButton::clicked, this, &DetailPane::copyRaw);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("detailSplitter"));
    m_split->addWidget(scroll);
    m_split->addWidget(rawHost);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    clear();
}

QLabel* DetailPane::addField(const QString& objectName, const QString& label)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    // Values wrap between words (reasons, user agents, group lists); a single
    // long word (a service account) is clipped, not broken: the tooltip and a
    // selection give the whole text.
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* name = new QLabel(label);
    name->setForegroundRole(QPalette::PlaceholderText);
    const int row = m_form->rowCount();
    m_form->addWidget(name, row, 0, Qt::AlignRight | Qt::AlignTop);
    m_form->addWidget(value, row, 1);
    m_form->setRowStretch(row, 0);
    m_fields.insert(objectName, value);
    m_names.insert(objectName, name);
    return value;
}

void DetailPane::setRowVisible(const QString& objectName, bool visible)
{
    m_fields.value(objectName)->setVisible(visible);
    m_names.value(objectName)->setVisible(visible);
}

void DetailPane::setSources(const Db* db, const ArtifactsModel* artifacts)
{
    m_db = db;
    m_artifacts = artifacts;
    m_units.clear();
    if (!db)
        clear();
}

void DetailPane::clear()
{
    m_eventId = 0;
    for (QLabel* l : std::as_const(m_fields)) {
        l->clear();
        l->setToolTip({});
    }
    // Nothing selected: one line that says so.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setRowVisible(it.key(), it.key() == QLatin1String("detailTime"));
    m_fields.value(QStringLiteral("detailTime"))->setText(tr("No event selected"));
    m_rawTitle->setText(tr("Original record"));
    m_raw->clear();
    m_rawBytes.clear();
    m_copy->setEnabled(false);
}

QString DetailPane::userText(const EventRecord& ev) const
{
    // lastlog, the journal and auditd name accounts by uid: the node's passwd,
    // when the case holds it, names them.
    const QString& user = ev[EventText::Principal];
    bool number = false;
    const qint64 uid = user.size() <= 10 ? user.toLongLong(&number) : 0;
    if (!number || uid < 0 || !m_db)
        return user;
    const QString name = ResourceQuery::accountName(*m_db, ev[EventText::Node], uid);
    return name.isEmpty() ? user : tr("%1 (%2 in the node's passwd)").arg(user, name);
}

void DetailPane::setEvent(const EventRecord& ev)
{
    m_eventId = ev.id;
    auto set = [this](const char* name, const QString& text) {
        QLabel* l = m_fields.value(QLatin1String(name));
        l->setText(text);
        l->setToolTip(text);
    };
    set("detailTime", tr("%1 (%2)").arg(EventQuery::formatTime(ev.tsNs), tsQualityText(ev.tsQuality)));
    set("detailReceived", ev.receivedNs ? tr("%1 (the request began then; the time above is when it ended)")
                                              .arg(EventQuery::formatTime(ev.receivedNs))
                                        : QString());
    set("detailUser", userText(ev));
    set("detailGroups", ev[EventText::Groups].split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", ")));
    set("detailImpersonated", ev[EventText::Impersonated]);
    set("detailSourceIp", ev[EventText::SourceIp]);
    set("detailUserAgent", ev[EventText::UserAgent]);
    set("detailVerb", ev[EventText::Verb]);
    QString object = ev[EventText::Object];
    if (object.isEmpty())
        object = ev[EventText::Resource] + QLatin1Char(' ') + ev[EventText::Name];
    set("detailObject", object.trimmed());
    set("detailNamespace", ev[EventText::Namespace]);
    set("detailNode", ev[EventText::Node]);
    set("detailPod", ev[EventText::Pod]);
    set("detailContainer", ev[EventText::Container]);
    set("detailCode", ev.status ? QString::number(ev.status) : QString());
    set("detailSeverity", ev.severity > 0 ? severityName(static_cast<Severity>(ev.severity)) : QString());
    // The message in full up to a screenful; the original record below has all of it.
    constexpr int kMaxShownMessage = 2000;
    const QString& message = ev[EventText::Message];
    set("detailMessage", message.size() > kMaxShownMessage ? message.left(kMaxShownMessage) + QChar(0x2026) : message);
    set("detailSource", ev[EventText::Source]);
    set("detailDecision", ev[EventText::Decision]);
    set("detailReason", ev[EventText::Reason]);
    set("detailStage", ev[EventText::Stage]);
    set("detailAuditId", ev[EventText::RecordId]);
    set("detailMerged", QString::number(ev.merged));
    QString artifact = tr("#%1").arg(ev.artifactId);
    if (m_artifacts) {
        if (const Artifact* a = m_artifacts->artifactById(ev.artifactId))
            artifact = QFileInfo(a->name).fileName();
    }
    const Unit unit = unitOf(ev.artifactId);
    set("detailArtifact", (unit == Unit::Entry    ? tr("%1, entry %2 (byte %3)")
                           : unit == Unit::Record ? tr("%1, record %2 (byte %3)")
                                                  : tr("%1, line %2 (byte %3)"))
                              .arg(artifact)
                              .arg(ev.line)
                              .arg(ev.byteOffset));
    // Rows that say nothing for this event make room for those that do.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setRowVisible(it.key(), true);
    for (const char* name : kOptionalRows)
        setRowVisible(QLatin1String(name), !m_fields.value(QLatin1String(name))->text().isEmpty());
    setRowVisible(QStringLiteral("detailMerged"), ev.merged > 1);
    // An API request's message is made of the rows above; a log line's is its own.
    if (ev[EventText::Source] == QLatin1String("k8s-audit"))
        setRowVisible(QStringLiteral("detailMessage"), false);
    // A request without a user name says so by an empty User row; a log line that
    // names nobody has none.
    setRowVisible(QStringLiteral("detailUser"), !ev[EventText::Principal].isEmpty() || !ev[EventText::Verb].isEmpty());

    m_raw->clear();
    m_rawBytes.clear();
    m_rawIsBinary = false;
    m_copy->setEnabled(false);
    if (!m_db) {
        m_rawTitle->setText(tr("Original record: no case open"));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto raw = EventQuery::rawRecord(*m_db, ev);
    if (!raw) {
        m_rawTitle->setText(tr("Original record could not be read: %1").arg(raw.error().message));
        m_lastRawMs = timer.nsecsElapsed() / 1e6;
        return;
    }
    if (unit == Unit::Entry && raw.value().startsWith('\x03')) {
        // A journal file's entry object: its fields, decoded from the original, as
        // `journalctl -o export` names them (the object itself is offsets and hashes).
        qint64 count = 0;
        auto fields = EventQuery::journalEntryFields(*m_db, ev, &count);
        if (fields) {
            m_raw->setPlainText(QString::fromUtf8(fields.value()));
            m_rawTitle->setText(tr("Original record: entry %1, its fields decoded from its %2 bytes (fields: %3)")
                                    .arg(ev.line)
                                    .arg(QLocale().toString(raw.value().size()))
                                    .arg(count));
            m_copy->setEnabled(true);
            m_rawBytes = fields.value();
            m_lastRawMs = timer.nsecsElapsed() / 1e6;
            return;
        }
    }
    QByteArray bytes = raw.value();
    QString title = (unit == Unit::Entry    ? tr("Original record: %1 bytes of entry %2")
                     : unit == Unit::Record ? tr("Original record: %1 bytes, record %2")
                                            : tr("Original record: %1 bytes at line %2"))
                        .arg(QLocale().toString(bytes.size()))
                        .arg(ev.line);
    if (bytes.size() > kMaxShownRaw) {
        bytes.truncate(kMaxShownRaw);
        title += tr(" (first %1 shown)").arg(QLocale().formattedDataSize(kMaxShownRaw));
        m_raw->setPlainText(QString::fromUtf8(bytes));
    } else if (const std::string dumped = unit == Unit::Record ? utmp::dumpLine(bytes) : std::string();
               !dumped.empty()) {
        // A login record: the line utmpdump prints for it, then its bytes.
        m_raw->setPlainText(QString::fromStdString(dumped) + QStringLiteral("\n\n") + hexDump(bytes, ev.byteOffset));
        title += tr(", binary: as utmpdump prints it (in UTC), then in hexadecimal");
        m_rawIsBinary = true;
    } else if (looksBinary(bytes)) {
        // A record of a binary file: its bytes as a hex dump, offsets those of the artifact.
        m_raw->setPlainText(hexDump(bytes, ev.byteOffset));
        title += tr(", binary, in hexadecimal");
        m_rawIsBinary = true;
    } else {
        const QString pretty = prettyJson(bytes);
        if (!pretty.isEmpty()) {
            m_raw->setPlainText(pretty);
            title += tr(", JSON pretty-printed");
        } else {
            m_raw->setPlainText(QString::fromUtf8(bytes));
        }
    }
    m_rawTitle->setText(title);
    m_copy->setEnabled(true);
    m_rawBytes = raw.value();
    m_lastRawMs = timer.nsecsElapsed() / 1e6;
}

DetailPane::Unit DetailPane::unitOf(qint64 artifactId)
{
    if (const auto it = m_units.constFind(artifactId); it != m_units.cend())
        return it.value();
    Unit unit = Unit::Line;
    if (m_db && m_artifacts) {
        if (const Artifact* a = m_artifacts->artifactById(artifactId))
            unit = EventQuery::recordUnit(*m_db, artifactId, a->kind);
    }
    m_units.insert(artifactId, unit);
    return unit;
}

bool DetailPane::hasRaw() const
{
    return m_copy->isEnabled();
}

bool DetailPane::copyRaw()
{
    if (!hasRaw())
        return false;
    // The original bytes, not the pretty-printed form: that is what evidence is.
    QApplication::clipboard()->setText(m_rawIsBinary ? m_raw->toPlainText() : QString::fromUtf8(m_rawBytes));
    return true;
}

} // namespace ab
