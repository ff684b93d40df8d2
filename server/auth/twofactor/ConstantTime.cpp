#include "auth/twofactor/ConstantTime.h"

namespace transcendence::server::twofactor {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept
{
    if (a.size() != b.size()) {
        return false;
    }
    // volatile keeps the compiler from turning the loop back into an early-exit memcmp.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference = difference | static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

} // namespace transcendence::server::twofactor
