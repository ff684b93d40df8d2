#pragma once

#include "app/FeatureContext.h"

namespace transcendence::server {

// GET /legal/<document>.<language>.html: the privacy policy or the terms of service in that
// language, with this platform's operator facts (legal/LegalPages.h). GET /legal/<document>.html
// picks the language from Accept-Language. Plain HTML, no script: they work without JavaScript.
// nginx hands these paths to the server; legal.css stays a static file.
void registerLegalFeature(const FeatureContext &context);

} // namespace transcendence::server
