#pragma once

#include <QString>

namespace transcendence::server {

// The Unicode TR39 confusable skeleton of a text (ICU's spoof checker, uspoof_getSkeleton, with
// the confusables data ICU ships): two texts a reader can mistake for one another, such as
// "admin" and "аdmin" (Cyrillic а) or "rn" and "m", have the same skeleton. Empty if ICU fails.
// Thread-safe (one checker, never changed after it is made).
QString confusableSkeleton(const QString &text);

} // namespace transcendence::server
