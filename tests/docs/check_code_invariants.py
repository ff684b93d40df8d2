#!/usr/bin/env python3
"""Invariants of the server code that no compiler checks.

HEAD answers are rebuilt without a body, copying response headers by name from the list in
server/http/HttpExchange.cpp (Qt 6.4 cannot enumerate them): every header name the server sets
with setHeader/addHeader must be in that list, or HEAD requests would silently lose it.

Stores answer in the domain's words (core/DomainError.h), never with an HTTP ApiError:
ApiError::from is the one mapping to HTTP, in the route layer. No *Store.h/.cpp under server/
(nor StepUp, the stores' step-up check) may name ApiError."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
exchange = (root / "server/http/HttpExchange.cpp").read_text()
listed = re.search(r"kHeadersTheServerSets\[\] = \{(.*?)\};", exchange, re.S)
if not listed:
    print("kHeadersTheServerSets not found in server/http/HttpExchange.cpp")
    sys.exit(1)
copied = set(re.findall(r'"([A-Za-z-]+)"', listed.group(1)))

set_by_server = {}
for source in sorted((root / "server").rglob("*.cpp")):
    for name in re.findall(r'(?:setHeader|addHeader)\(\s*"([A-Za-z-]+)"', source.read_text()):
        set_by_server.setdefault(name, source.relative_to(root))

missing = sorted(f"{name}  (set in {where})" for name, where in set_by_server.items() if name not in copied)
if len(set_by_server) < 10:
    print(f"only {len(set_by_server)} header names found: the pattern no longer matches the code")
    sys.exit(1)
if missing:
    print("headers a HEAD answer would lose (add them to kHeadersTheServerSets):\n  " + "\n  ".join(missing))
    sys.exit(1)
print(f"{len(set_by_server)} header names set by the server, all copied into HEAD answers")

store_files = sorted(
    path
    for path in (root / "server").rglob("*")
    if path.suffix in (".h", ".cpp") and (path.stem.endswith("Store") or path.stem == "StepUp")
)
if len(store_files) < 15:
    print(f"only {len(store_files)} store files found: the pattern no longer matches the code")
    sys.exit(1)
on_http = [str(path.relative_to(root)) for path in store_files if "ApiError" in path.read_text()]
if on_http:
    print("stores naming ApiError (return a DomainError; routes map it with ApiError::from):\n  "
          + "\n  ".join(on_http))
    sys.exit(1)
print(f"{len(store_files)} store files, none on ApiError")
