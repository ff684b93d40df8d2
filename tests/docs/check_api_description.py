#!/usr/bin/env python3
"""Every HTTP route the server registers must be described in docs/api/openapi.yaml, and the
document must parse. Routes are read from the sources (route(QStringLiteral("...")) calls)."""
import pathlib
import re
import sys

import yaml

root = pathlib.Path(sys.argv[1])
document = yaml.safe_load((root / "docs/api/openapi.yaml").read_text())
described = {re.sub(r"\{[^}]+\}", "{}", path) for path in document["paths"]}

# Route patterns are the path literals with a <arg> placeholder or under /api, /healthz, /readyz,
# /ws (features register through small helpers, so the route() call itself is not always there).
# Literals with %1 build URLs for answers; trailing-slash ones are prefixes; neither is a route.
literal = re.compile(r'QStringLiteral\("(/(?:api|healthz|readyz|ws)(?:/[^" %]*)?)"\)')
registered = {}
for source in sorted((root / "server").rglob("*.cpp")):
    for match in literal.finditer(source.read_text()):
        path = match.group(1)
        if path.endswith("/"):
            continue
        registered[path.replace("<arg>", "{}")] = source.relative_to(root)

missing = sorted(f"{path}  ({where})" for path, where in registered.items() if path not in described)
if len(registered) < 40:
    print(f"only {len(registered)} routes found: the pattern no longer matches how routes are registered")
    sys.exit(1)
if missing:
    print("routes missing from docs/api/openapi.yaml:\n  " + "\n  ".join(missing))
    sys.exit(1)
print(f"{len(registered)} routes, all described ({len(described)} paths in the document)")
