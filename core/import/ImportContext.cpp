#include "import/ImportContext.h"

namespace ab {

void IssueList::add(IssueSeverity severity, const QString& code, const QString& message, qint64 line)
{
    for (Issue& i : m_issues) {
        if (i.code == code) {
            ++i.occurrences;
            if (line > 0 && i.lines.size() < Issue::kMaxLines)
                i.lines.push_back(line);
            if (severity > i.severity)
                i.severity = severity;
            return;
        }
    }
    Issue i;
    i.severity = severity;
    i.code = code;
    i.message = message;
    i.path = m_path;
    i.line = line;
    if (line > 0)
        i.lines.push_back(line);
    m_issues.push_back(std::move(i));
}

void IssueList::addCounted(IssueSeverity severity, const QString& code, const QString& message, int occurrences)
{
    add(severity, code, message);
    for (Issue& i : m_issues) {
        if (i.code == code)
            i.occurrences += occurrences - 1;
    }
}

int IssueList::totalOccurrences() const
{
    int n = 0;
    for (const Issue& i : m_issues)
        n += i.occurrences;
    return n;
}

bool IssueList::has(const QString& code) const
{
    for (const Issue& i : m_issues) {
        if (i.code == code)
            return true;
    }
    return false;
}

} // namespace ab
