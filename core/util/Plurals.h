#pragma once

namespace ab {

/// Installs the English plural forms of the messages that count with "%n"
/// ("%n row(s)" reads "1 row", "2 rows"): Qt takes plural forms from a
/// translation only, so without this English shows "(s)". Call once, before
/// any other translator, which then takes precedence. False if the forms are
/// missing from the build.
bool installEnglishPlurals();

} // namespace ab
