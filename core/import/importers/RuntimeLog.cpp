#include "import/importers/RuntimeLog.h"

#include "import/importers/KlogImporter.h"
#include "util/Text.h"

#include <algorithm>

namespace ab::runtime {
namespace {

using sv = std::string_view;

/// "Name:web-0," in "Name:web-0,Uid:…,Namespace:shop,Attempt:0,".
sv member(sv fields, sv key)
{
    size_t at = 0;
    while ((at = fields.find(key, at)) != sv::npos) {
        if (at == 0 || fields[at - 1] == ',' || fields[at - 1] == '{') {
            const sv value = fields.substr(at + key.size());
            return value.substr(0, value.find(','));
        }
        at += key.size();
    }
    return {};
}

/// The text in quotes right after `marker`: `for "5e0f…"`, or `for \"5e0f…\"`
/// inside logfmt's msg="…" of a raw line.
sv quotedAfter(sv text, sv marker)
{
    const size_t at = text.find(marker);
    if (at == sv::npos)
        return {};
    sv rest = text.substr(at + marker.size());
    if (startsWith(rest, "\\\""))
        rest.remove_prefix(2);
    else if (startsWith(rest, "\""))
        rest.remove_prefix(1);
    else
        return {};
    const size_t close = rest.find('"');
    if (close == sv::npos)
        return {};
    sv id = rest.substr(0, close);
    if (!id.empty() && id.back() == '\\')
        id.remove_suffix(1);
    return id;
}

/// " id=5e0f…" of containerd's shim.
sv idPair(sv text)
{
    const size_t at = text.find(" id=");
    if (at == sv::npos)
        return {};
    const sv rest = text.substr(at + 4);
    return rest.substr(0, rest.find(' '));
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f');
}

/// The first container or sandbox id in the text: 64 hexadecimal digits alone.
sv firstId(sv text)
{
    for (size_t p = 0; p + 64 <= text.size(); ++p) {
        if (!isHex(text[p]) || (p > 0 && isAlnum(text[p - 1])))
            continue;
        size_t end = p;
        while (end < text.size() && isHex(text[end]))
            ++end;
        if (end - p == 64 && (end == text.size() || !isAlnum(text[end])))
            return text.substr(p, 64);
        p = end;
    }
    return {};
}

/// A namespace (a DNS label), a pod and a container name: "shop/web-0/app" at
/// the start of `s`, as CRI-O describes a container ("…/POD": the sandbox).
bool nsPodName(sv s, std::string* ns, std::string* pod, std::string* container)
{
    size_t end = 0;
    while (end < s.size() && s[end] != ' ' && s[end] != '"' && s[end] != '\\' && s[end] != ',')
        ++end;
    const sv token = s.substr(0, end);
    const size_t a = token.find('/');
    const size_t b = a == sv::npos ? sv::npos : token.find('/', a + 1);
    if (a == sv::npos || a == 0 || b == sv::npos || b == a + 1 || b + 1 >= token.size() ||
        token.find('/', b + 1) != sv::npos)
        return false;
    for (size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        // A namespace has no dot, so an image ("docker.io/library/nginx") is none.
        if (!(isAlnum(c) || c == '-' || c == '/' || (c == '.' && i > a) || c == '_'))
            return false;
    }
    *ns = std::string(token.substr(0, a));
    *pod = std::string(token.substr(a + 1, b - a - 1));
    const sv name = token.substr(b + 1);
    *container = name == "POD" ? std::string() : std::string(name);
    return true;
}

} // namespace

bool isContainerRuntime(sv program)
{
    return program == "containerd" || program == "crio" || startsWith(program, "containerd-shim");
}

void PodIds::remember(sv id, const Pod& pod)
{
    if (m_ids.size() < kMaxIds || m_ids.count(std::string(id)) != 0)
        m_ids[std::string(id)] = pod;
}

const PodIds::Pod* PodIds::find(sv id) const
{
    if (id.empty())
        return nullptr;
    const auto it = m_ids.find(std::string(id));
    return it == m_ids.end() ? nullptr : &it->second;
}

bool PodIds::containerd(sv text, Pod* pod)
{
    if (const size_t at = text.find("&PodSandboxMetadata{"); at != sv::npos) {
        const sv meta = text.substr(at + 20, text.find('}', at) - at - 20);
        pod->ns = std::string(member(meta, "Namespace:"));
        pod->name = std::string(member(meta, "Name:"));
        if (const sv id = quotedAfter(text, "returns sandbox id "); !id.empty() && !pod->name.empty())
            remember(id, *pod);
        return !pod->name.empty();
    }
    if (const sv sandbox = quotedAfter(text, "within sandbox "); !sandbox.empty()) {
        if (const Pod* p = find(sandbox))
            *pod = *p;
        if (const size_t at = text.find("&ContainerMetadata{"); at != sv::npos)
            pod->container = std::string(member(text.substr(at + 19, text.find('}', at) - at - 19), "Name:"));
        if (const sv id = quotedAfter(text, "returns container id "); !id.empty() && !pod->name.empty())
            remember(id, *pod);
        return !pod->name.empty();
    }
    sv id = quotedAfter(text, " for ");
    if (id.empty())
        id = quotedAfter(text, "Kill container ");
    if (id.empty())
        id = idPair(text);
    if (const Pod* p = find(id)) {
        *pod = *p;
        return true;
    }
    return false;
}

bool PodIds::crio(sv text, Pod* pod)
{
    if (text.find("container") == sv::npos && text.find("sandbox") == sv::npos)
        return false;
    bool named = false;
    if (const size_t at = text.find("description="); at != sv::npos)
        named = nsPodName(text.substr(at + 12), &pod->ns, &pod->name, &pod->container);
    for (size_t at = text.find(": "); !named && at != sv::npos; at = text.find(": ", at + 2))
        named = nsPodName(text.substr(at + 2), &pod->ns, &pod->name, &pod->container);
    const sv id = firstId(text);
    if (named) {
        // "Created container 5e0f…: shop/web-0/app", "Ran pod sandbox 9a3e… with
        // infra container: shop/web-0/POD", "containerID=5e0f… description=…".
        if (!id.empty())
            remember(id, *pod);
        return true;
    }
    if (const Pod* p = find(id)) {
        *pod = *p;
        return true;
    }
    return false;
}

void PodIds::attribute(sv text, NormalizedEvent& ev)
{
    if (text.find('"') == sv::npos && text.find(" id=") == sv::npos && text.find("Metadata{") == sv::npos &&
        text.find(": ") == sv::npos && text.find("description=") == sv::npos)
        return; // names no pod and no id
    Pod pod;
    if (!containerd(text, &pod) && !crio(text, &pod))
        return;
    if (pod.name.empty())
        return;
    ev.set(EventText::Namespace, pod.ns);
    ev.set(EventText::Pod, pod.name);
    if (!pod.container.empty())
        ev.set(EventText::Container, pod.container);
}

void klogSubject(sv message, NormalizedEvent& ev, NormalizedEvent& scratch)
{
    klog::Header h;
    if (!klog::parseHeader(message, &h))
        return;
    ev.severity = std::max(ev.severity, h.severity);
    // Its header says again the time, the process and the source line: the
    // message keeps what the line says ("kubelet[1234]: \"SyncLoop ADD\" …").
    const sv header = message.substr(0, static_cast<size_t>(h.message.data() - message.data()));
    std::string& text = ev[EventText::Message];
    if (const size_t at = text.find(header); at != std::string::npos)
        text.erase(at, header.size());
    // Only a line that names a pod pays for reading its pairs.
    if (message.find("pod") == sv::npos)
        return;
    scratch.clear();
    klog::applyMessage(h.message, scratch, true);
    for (EventText column : {EventText::Namespace, EventText::Pod, EventText::Container}) {
        if (ev[column].empty() && !scratch[column].empty())
            ev.set(column, scratch[column]);
    }
}

} // namespace ab::runtime
