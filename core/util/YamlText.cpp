#include "util/YamlText.h"
#include "util/Text.h"

namespace ab::yamltext {
namespace {} // namespace

qint64 lineContentEnd(const QByteArray& t, qint64 pos)
{
    qint64 e = t.indexOf('\n', pos);
    if (e < 0)
        e = t.size();
    if (e > pos && t[e - 1] == '\r')
        --e;
    return e;
}

int indentAt(const QByteArray& t, qint64 ls, qint64 le)
{
    int i = 0;
    while (ls + i < le && t[ls + i] == ' ')
        ++i;
    return i;
}

qint64 plainEnd(const QByteArray& t, qint64 p, bool flow)
{
    const qint64 le = lineContentEnd(t, p);
    qint64 q = p;
    while (q < le) {
        const char c = t[q];
        if (c == '#' && q > p && isSpaceOrTab(t[q - 1]))
            break;
        if (flow && (c == ',' || c == ']' || c == '}'))
            break;
        if (c == ':' && (q + 1 >= le || isSpaceOrTab(t[q + 1])))
            break;
        ++q;
    }
    while (q > p && isSpaceOrTab(t[q - 1]))
        --q;
    return q;
}

qint64 continuation(const QByteArray& t, qint64 end, int parentColumn, bool blockScalar)
{
    qint64 last = end;
    qint64 pos = end;
    for (;;) {
        const qint64 nl = t.indexOf('\n', pos);
        if (nl < 0 || nl + 1 >= t.size())
            break;
        const qint64 ls = nl + 1;
        const qint64 le = lineContentEnd(t, ls);
        const int ind = indentAt(t, ls, le);
        pos = le;
        bool blank = true;
        for (qint64 i = ls + ind; i < le && blank; ++i)
            blank = isSpaceOrTab(t[i]);
        if (blank)
            continue;
        if (ind <= parentColumn || t[ls + ind] == '\t')
            break;
        if (!blockScalar && (t[ls + ind] == '#' || (ind == 0 && (t.mid(ls, 3) == "---" || t.mid(ls, 3) == "..."))))
            break;
        last = blockScalar ? le : plainEnd(t, ls + ind, false);
    }
    return last;
}

qint64 scalarEnd(const QByteArray& t, qint64 p, bool flow, int parentColumn)
{
    const qint64 size = t.size();
    const char c = t[p];
    if (c == '"') {
        for (qint64 q = p + 1; q < size; ++q) {
            if (t[q] == '\\')
                ++q;
            else if (t[q] == '"')
                return q + 1;
        }
        return size;
    }
    if (c == '\'') {
        for (qint64 q = p + 1; q < size; ++q) {
            if (t[q] == '\'') {
                if (q + 1 < size && t[q + 1] == '\'')
                    ++q;
                else
                    return q + 1;
            }
        }
        return size;
    }
    if (flow)
        return plainEnd(t, p, true);
    if (c == '|' || c == '>')
        return continuation(t, lineContentEnd(t, p), parentColumn, true);
    return continuation(t, plainEnd(t, p, false), parentColumn, false);
}

} // namespace ab::yamltext
