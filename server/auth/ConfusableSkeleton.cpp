#include "auth/ConfusableSkeleton.h"

#include <memory>
#include <unicode/uspoof.h>

namespace transcendence::server {
namespace {

struct CheckerDeleter {
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

const USpoofChecker *checker()
{
    static const std::unique_ptr<USpoofChecker, CheckerDeleter> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<USpoofChecker, CheckerDeleter> made(uspoof_open(&status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return instance.get();
}

} // namespace

QString confusableSkeleton(const QString &text)
{
    const USpoofChecker *spoof = checker();
    if (!spoof || text.isEmpty()) {
        return {};
    }
    static_assert(sizeof(UChar) == sizeof(char16_t));
    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    // A character's prototype is at most a few code units; grow once if that is not enough.
    QString skeleton(text.size() * 4 + 16, Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = uspoof_getSkeleton(spoof, 0, source, int32_t(text.size()),
                                                  reinterpret_cast<UChar *>(skeleton.data()),
                                                  int32_t(skeleton.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            skeleton.resize(length);
            continue;
        }
        if (U_FAILURE(status)) {
            return {};
        }
        skeleton.resize(length);
        return skeleton;
    }
    return {};
}

} // namespace transcendence::server
