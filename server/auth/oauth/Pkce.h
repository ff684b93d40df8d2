#pragma once

#include "oauth/Pkce.h" // common/: the app computes the same

namespace transcendence::server::oauth {
namespace pkce = transcendence::oauth::pkce;
}
