#include "AccessDialog.h"

#include "case/CaseFile.h"
#include "query/EventQuery.h"

#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ab {
namespace {

enum Column { Account, Uid, Shell, Password, Root, Keys, LastLogin, From, Findings, Changed, ColumnCount };
constexpr int kFilterRole = Qt::UserRole + 1;
constexpr int kNodeFilterRole = Qt::UserRole + 3; // a node heading's node, "" for the node-less files

/// A filter value as the filter language reads it: quoted when it has a blank.
QString filterValue(const QString& v)
{
    return v.contains(QLatin1Char(' ')) ? QLatin1Char('"') + v + QLatin1Char('"') : v;
}

} // namespace

AccessDialog::AccessDialog(const QString& casePath, QWidget* parent)
    : QDialog(parent)
    , m_casePath(casePath)
{
    setObjectName(QStringLiteral("accessDialog"));
    setWindowTitle(tr("Access Review"));

    auto* scope = new QLabel(tr("Each node's accounts that can log in (a login shell, a password, a key) or act as "
                                "root (uid 0, an administrators' group, a sudo rule), from the node's passwd, "
                                "group, shadow, sudoers and authorized_keys, with the last login its logs show; "
                                "each node's password policy (login.defs, PAM, pwquality, faillock) on its "
                                "heading, and what the account tools' last change did to each account (against "
                                "their backup copies, passwd- and the others). Double-click an account for its "
                                "events on the node."),
                             this);
    scope->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("accessTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Node / account"), tr("uid"), tr("Shell"), tr("Password"), tr("Root by"), tr("Keys"),
                             tr("Last login (UTC)"), tr("From"), tr("Findings"), tr("Last change")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Root, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Changed, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    // The node's row spans the columns; the accounts under it are short names.
    m_tree->setColumnWidth(Account, fm.horizontalAdvance(QStringLiteral("systemd-network")) + 48);
    m_tree->setColumnWidth(Uid, fm.horizontalAdvance(QStringLiteral("65534")) + 16);
    m_tree->setColumnWidth(Shell, fm.horizontalAdvance(QStringLiteral("/usr/sbin/nologin")) + 16);
    m_tree->setColumnWidth(Password, fm.horizontalAdvance(QStringLiteral("hash in passwd")) + 16);
    m_tree->setColumnWidth(Keys, fm.horizontalAdvance(QStringLiteral("alice@bastion, eks-node-admin")) + 16);
    m_tree->setColumnWidth(LastLogin, fm.horizontalAdvance(QStringLiteral("2024-05-15 08:47:02.929")) + 16);
    m_tree->setColumnWidth(From, fm.horizontalAdvance(QStringLiteral("203.0.113.250")) + 16);
    m_tree->setColumnWidth(Findings, fm.horizontalAdvance(tr("Findings")) + 16);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString filter = item->data(Account, kFilterRole).toString();
        if (!filter.isEmpty())
            emit filterChosen(filter);
        else if (!item->parent() && !item->data(Account, kNodeFilterRole).toString().isEmpty())
            emit nodeObjectsChosen(item->data(Account, kNodeFilterRole).toString());
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accessStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* again = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("accessRefresh"));
    connect(again, &QPushButton::clicked, this, &AccessDialog::refresh);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("accessCopy"));
    m_copy->setToolTip(tr("Copy the review as tab-separated lines, for a spreadsheet or a workpaper"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(resultsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1320, 460);

    m_watcher = new QFutureWatcher<Result<Review>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &AccessDialog::showResults);
}

void AccessDialog::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_status->setText(tr("Reading the nodes' accounts…"));
    m_watcher->setFuture(QtConcurrent::run([path = m_casePath] {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
        if (!cf)
            return Result<Review>(cf.error());
        auto entries = AccessReview::build(cf.value().db());
        if (!entries)
            return Result<Review>(entries.error());
        auto policies = AccessReview::policies(cf.value().db());
        if (!policies)
            return Result<Review>(policies.error());
        return Result<Review>(Review{entries.value(), policies.value()});
    }));
}

void AccessDialog::showResults()
{
    m_loading = false;
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    m_tree->clear();
    const auto result = m_watcher->result();
    if (!result) {
        m_status->setText(tr("The review could not be read: %1").arg(result.error().message));
        m_copy->setEnabled(false);
        return;
    }
    const QVector<AccessEntry>& entries = result.value().entries;
    QTreeWidgetItem* nodeItem = nullptr;
    QString node;
    int nodes = 0;
    const QBrush warn(QColor(0xc0, 0x39, 0x2b));
    for (const AccessEntry& e : entries) {
        if (!nodeItem || e.node != node) {
            node = e.node;
            ++nodes;
            nodeItem = new QTreeWidgetItem(m_tree);
            const QString name = node.isEmpty() ? tr("(files that name no node)") : node;
            nodeItem->setData(Account, kNodeRole, name);
            QString policy;
            for (const NodePolicy& p : result.value().policies) {
                if (p.node == node)
                    policy = p.summary();
            }
            // The node's password policy beside its name: the same workpaper's
            // other half (CC6.1).
            nodeItem->setText(Account, policy.isEmpty() ? name : tr("%1    password policy: %2").arg(name, policy));
            nodeItem->setData(Account, kNodeFilterRole, node);
            const QString objects =
                tr("Double-click for the node's accounts, policy and other files in the Resources tab.");
            nodeItem->setToolTip(Account,
                                 (policy.isEmpty() ? name : tr("Password policy of %1: %2").arg(name, policy)) +
                                     (node.isEmpty() ? QString() : QLatin1Char('\n') + objects));
            nodeItem->setFirstColumnSpanned(true);
            QFont bold = nodeItem->font(Account);
            bold.setBold(true);
            nodeItem->setFont(Account, bold);
            nodeItem->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(nodeItem);
        item->setText(Account, e.account);
        item->setText(Uid, e.uid >= 0 ? QString::number(e.uid) : QString());
        item->setText(Shell, e.shell);
        item->setText(Password, e.password);
        item->setText(Root, e.root.join(QStringLiteral(", ")));
        item->setToolTip(Root, item->text(Root));
        item->setText(Keys, e.keys.join(QStringLiteral(", ")));
        item->setToolTip(Keys, item->text(Keys));
        item->setText(LastLogin,
                      e.lastLoginNs
                          ? EventQuery::formatTime(e.lastLoginNs).left(23).replace(QLatin1Char('T'), QLatin1Char(' '))
                          : QString());
        item->setText(From, e.lastLoginFrom);
        item->setText(Findings, e.findings > 0 ? QString::number(e.findings) : QString());
        item->setText(Changed, e.changes.join(QStringLiteral("; ")));
        if (!e.changes.isEmpty())
            item->setToolTip(Changed, tr("The account tools' last change, against the copies they kept before it "
                                         "(passwd-, group-, shadow-, gshadow-):\n%1")
                                          .arg(e.changes.join(QLatin1Char('\n'))));
        item->setTextAlignment(Uid, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Findings, Qt::AlignRight | Qt::AlignVCenter);
        // What an auditor asks about first: root without a password, a second
        // uid 0, an empty password.
        for (const QString& r : e.root) {
            if (r.endsWith(QLatin1String("NOPASSWD")) || (r == QLatin1String("uid 0") && e.account != "root"))
                item->setForeground(Root, warn);
        }
        if (e.password == QLatin1String("empty") || e.password == QLatin1String("hash in passwd"))
            item->setForeground(Password, warn);
        if (!e.node.isEmpty())
            item->setData(Account, kFilterRole,
                          QStringLiteral("node=%1 user=%2").arg(filterValue(e.node), filterValue(e.account)));
    }
    m_copy->setEnabled(!entries.isEmpty());
    m_status->setText(entries.isEmpty()
                          ? tr("No node accounts in the case: import a node's etc/passwd (with group, shadow, sudoers "
                               "and its accounts' .ssh/authorized_keys) to review its access.")
                          : tr("%n account(s)", nullptr, static_cast<int>(entries.size())) + QLatin1Char(' ') +
                                tr("on %n node(s).", nullptr, nodes));
}

QString AccessDialog::resultsText() const
{
    QStringList lines;
    QStringList header{tr("Node")};
    for (int c = 0; c < ColumnCount; ++c)
        header << m_tree->headerItem()->text(c);
    header[1] = tr("Account");
    lines << header.join(QLatin1Char('\t'));
    for (int n = 0; n < m_tree->topLevelItemCount(); ++n) {
        const QTreeWidgetItem* node = m_tree->topLevelItem(n);
        for (int a = 0; a < node->childCount(); ++a) {
            QStringList row{node->data(Account, kNodeRole).toString()};
            for (int c = 0; c < ColumnCount; ++c)
                row << node->child(a)->text(c);
            lines << row.join(QLatin1Char('\t'));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ab
