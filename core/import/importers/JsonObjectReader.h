#pragma once

#include <memory>
#include <string_view>

namespace ab::logtext {

/// Receives the members of a JSON object from JsonObjectReader.
class JsonVisitor
{
public:
    virtual ~JsonVisitor() = default;
    /// One scalar member; nested objects come flattened ("http.method"), arrays
    /// and null as their JSON text. `value` is unescaped for strings.
    virtual void field(std::string_view key, std::string_view value, bool isString) = 0;
};

/// Reads one-line JSON objects with simdjson ondemand, reusing one parser and
/// one padded buffer for every record.
class JsonObjectReader
{
public:
    JsonObjectReader();
    ~JsonObjectReader();
    JsonObjectReader(const JsonObjectReader&) = delete;
    JsonObjectReader& operator=(const JsonObjectReader&) = delete;
    /// Visits the members of `text`. False if it is not one well-formed JSON
    /// object (members before the fault may have been visited).
    bool read(std::string_view text, JsonVisitor& visitor);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ab::logtext
