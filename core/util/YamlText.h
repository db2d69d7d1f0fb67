#pragma once

#include <QByteArray>

namespace ab::yamltext {

/// Where things end in YAML source text, for the copies importers keep with
/// secret scalars replaced in place (kubeconfigs, manifests): the parser gives
/// where a scalar starts, these find where its text stops.

/// End of the line content at `pos`: the offset of its '\n' (or '\r\n'), or the text size.
qint64 lineContentEnd(const QByteArray& t, qint64 pos);
/// Spaces at the start of the line [ls, le).
int indentAt(const QByteArray& t, qint64 ls, qint64 le);
/// End of a plain scalar's text on its line: before a comment, a mapping ": ", or
/// (in flow context) a flow indicator; without trailing blanks.
qint64 plainEnd(const QByteArray& t, qint64 p, bool flow);
/// Extends a block scalar, or a plain scalar in block context, over the following
/// lines indented deeper than its parent.
qint64 continuation(const QByteArray& t, qint64 end, int parentColumn, bool blockScalar);
/// End of the scalar starting at `p` (quoted, block or plain), over every line it spans.
qint64 scalarEnd(const QByteArray& t, qint64 p, bool flow, int parentColumn);

} // namespace ab::yamltext
