#include "import/importers/JsonObjectReader.h"

#include "util/Text.h"

#include <simdjson.h>

#include <string>

namespace ab::logtext {

namespace od = simdjson::ondemand;

struct JsonObjectReader::Impl
{
    static constexpr int kMaxDepth = 4;

    od::parser parser;
    std::string padded;
    std::string key;

    bool object(od::object obj, JsonVisitor& visitor, int depth)
    {
        for (auto fieldResult : obj) {
            od::field field;
            if (std::move(fieldResult).get(field))
                return false;
            std::string_view name;
            if (field.unescaped_key().get(name))
                return false;
            const size_t keyLen = key.size();
            if (depth > 0)
                key.push_back('.');
            key.append(name.data(), name.size());
            const bool ok = value(field.value(), visitor, depth);
            key.resize(keyLen);
            if (!ok)
                return false;
        }
        return true;
    }

    bool value(od::value v, JsonVisitor& visitor, int depth)
    {
        od::json_type type;
        if (v.type().get(type))
            return false;
        switch (type) {
        case od::json_type::string: {
            std::string_view s;
            if (v.get_string().get(s))
                return false;
            visitor.field(key, s, true);
            return true;
        }
        case od::json_type::object: {
            od::object inner;
            if (v.get_object().get(inner))
                return false;
            if (depth + 1 < kMaxDepth)
                return object(inner, visitor, depth + 1);
            std::string_view raw;
            if (inner.raw_json().get(raw))
                return false;
            visitor.field(key, trimmed(raw), false);
            return true;
        }
        case od::json_type::array: {
            od::array arr;
            std::string_view raw;
            if (v.get_array().get(arr) || arr.raw_json().get(raw))
                return false;
            visitor.field(key, trimmed(raw), false);
            return true;
        }
        default: // number, boolean, null: the token as written
            visitor.field(key, trimmed(v.raw_json_token()), false);
            return true;
        }
    }
};

JsonObjectReader::JsonObjectReader()
    : m_impl(std::make_unique<Impl>())
{}

JsonObjectReader::~JsonObjectReader() = default;

bool JsonObjectReader::read(std::string_view text, JsonVisitor& visitor)
{
    Impl& d = *m_impl;
    d.padded.assign(text.data(), text.size());
    d.padded.append(simdjson::SIMDJSON_PADDING, ' ');
    od::document doc;
    if (d.parser.iterate(d.padded.data(), text.size(), d.padded.size()).get(doc))
        return false;
    od::object obj;
    if (doc.get_object().get(obj))
        return false;
    d.key.clear();
    if (!d.object(obj, visitor, 0))
        return false;
    const char* end = nullptr;
    return doc.current_location().get(end) == simdjson::OUT_OF_BOUNDS;
}

} // namespace ab::logtext
