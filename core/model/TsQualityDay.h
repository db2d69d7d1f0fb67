#pragma once

#include "model/Event.h"

namespace ab {

/// A time known to the day alone, at midnight UTC: a password changed on the day
/// shadow gives as its last change (AccountChanges.h). tsQualityText() and
/// tsQualityWord() name it ("day-only"), and the filter's `quality=day-only`
/// finds it, as they do TsQuality's values.
inline constexpr TsQuality kTsQualityDay = static_cast<TsQuality>(7);

} // namespace ab
