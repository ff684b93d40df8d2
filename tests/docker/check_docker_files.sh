#!/usr/bin/env bash
# ctest docker_config: checks docker/ and .env.example with what runs without a Docker engine.
#
#  1. compose.yaml is valid YAML with the services postgres, server and nginx, their health checks,
#     restart policies, dependency order, the Postgres volume, no published database or server
#     port, and no secret written into it; every ${VAR} it uses is in .env.example or has a default.
#  2. .env.example names every variable transcendence-server reads (found in server/ sources), each
#     under a comment.
#  3. The Dockerfiles copy only files that exist, share one build stage, and their final stages do
#     not run as root.
#  4. The nginx image's start-up is replayed in a scratch root: the files nginx.Dockerfile copies,
#     our main nginx.conf (docker/nginx/nginx.conf and its capacity.conf, sized for 20,000
#     WebSockets), a throwaway self-signed certificate, and the site
#     template rendered exactly as the image's 20-envsubst-on-templates.sh renders it (envsubst of
#     only the defined variables that match NGINX_ENVSUBST_FILTER) with the compose values filled
#     from .env.example. Then `nginx -t` must accept it.
#
# Needs: bash, python3 with the yaml module (Debian python3-yaml), nginx, envsubst (gettext-base),
# openssl. Usage: check_docker_files.sh [REPO_ROOT]
set -euo pipefail

REPO="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)"
WORK="$(mktemp -d)"
trap '[[ -n "${KEEP_WORK:-}" ]] || rm -rf "$WORK"' EXIT

passed=0
failed=0
ok() { printf 'ok   - %s\n' "$1"; passed=$((passed + 1)); }
fail() { printf 'FAIL - %s\n' "$1"; [[ -n "${2:-}" ]] && printf '%s\n' "$2" | sed 's/^/       /'; failed=$((failed + 1)); }

for tool in nginx envsubst openssl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "docker_config: $tool is not installed (scripts/lib/bootstrap.sh installs it)" >&2; exit 1; }
done
PYTHON=""
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml' 2>/dev/null; then PYTHON="$candidate"; break; fi
done
[[ -n "$PYTHON" ]] || { echo "docker_config: python3 with the yaml module is missing (Debian: python3-yaml)" >&2; exit 1; }

# --- 1-3: structure, in Python (YAML parsing and compose interpolation) -------------------------
# Prints "ok <name>" / "fail <name>\t<detail>" lines, and writes $WORK/nginx.env (the nginx
# container's environment: compose values, then image ENV defaults) and $WORK/copies (the nginx
# image's final-stage COPY lines: stage ("-": the context) TAB source TAB destination).
structure_output=$("$PYTHON" - "$REPO" "$WORK" <<'PY'
import os, re, shlex, sys, glob
import yaml

repo, work = sys.argv[1], sys.argv[2]
results = []
def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))
    return bool(condition)

# .env.example: active KEY=value lines, commented "# KEY=value" lines, and whether each is documented.
env_values, env_known, env_documented = {}, set(), {}
lines = open(os.path.join(repo, ".env.example"), encoding="utf-8").read().split("\n")
key_line = re.compile(r"^(#\s*)?([A-Z_][A-Z0-9_]*)=(.*)$")
for index, line in enumerate(lines):
    m = key_line.match(line.strip())
    if not m:
        continue
    key = m.group(2)
    env_known.add(key)
    if not m.group(1):
        value = m.group(3)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        env_values[key] = value
    # documented: walking up over other KEY lines reaches a plain comment before a blank line
    j, documented = index - 1, False
    while j >= 0 and lines[j].strip():
        if lines[j].strip().startswith("#") and not key_line.match(lines[j].strip()):
            documented = True
            break
        j -= 1
    env_documented[key] = env_documented.get(key, False) or documented

# 2. every variable the server reads
server_vars = set()
for path in glob.glob(os.path.join(repo, "server", "**", "*.cpp"), recursive=True) + \
            glob.glob(os.path.join(repo, "server", "**", "*.h"), recursive=True):
    text = open(path, encoding="utf-8", errors="replace").read()
    server_vars.update(re.findall(r'QStringLiteral\("((?:TRANSCENDENCE|DATABASE)_[A-Z0-9_]+)"\)', text))
    server_vars.update(re.findall(r'(?:qgetenv|qEnvironmentVariable\w*|getenv)\("([A-Z][A-Z0-9_]*)"', text))
check("the server reads environment variables (found in server/ sources)", server_vars,
      "no TRANSCENDENCE_*/DATABASE_* names found: has the configuration code moved?")
missing = sorted(v for v in server_vars if v not in env_known)
check(".env.example lists every variable the server reads", not missing, "missing: " + ", ".join(missing))
undocumented = sorted(k for k in env_known if not env_documented.get(k))
check(".env.example has a comment for every variable", not undocumented, "no comment: " + ", ".join(undocumented))
check(".env.example keeps placeholder secrets only",
      env_values.get("TRANSCENDENCE_SECRET_KEY") == "change-me-to-64-random-characters"
      and env_values.get("POSTGRES_PASSWORD") == "change-me"
      and ":change-me@" in env_values.get("DATABASE_URL", ""),
      "TRANSCENDENCE_SECRET_KEY, POSTGRES_PASSWORD and DATABASE_URL must keep the change-me placeholders")

# 1. compose.yaml
compose_path = os.path.join(repo, "docker", "compose.yaml")
try:
    compose = yaml.safe_load(open(compose_path, encoding="utf-8"))
    check("compose.yaml is valid YAML", isinstance(compose, dict), "not a mapping at the top level")
except yaml.YAMLError as error:
    check("compose.yaml is valid YAML", False, str(error))
    compose = None
if not isinstance(compose, dict) or not isinstance(compose.get("services"), dict):
    compose = {"services": {}}

# Compose interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err}.
unresolved = []
token = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")
def interpolate(text):
    def replace(m):
        if m.group(0) == "$$":
            return "$"
        name = m.group(1) or m.group(4)
        op, arg = m.group(2), m.group(3) or ""
        value = env_values.get(name)
        if op in (":-", "-"):
            return value if (value if op == ":-" else value is not None) else arg
        if op in (":?", "?"):
            if value is None or (op == ":?" and value == ""):
                unresolved.append(f"{name} (required: {arg})")
                return ""
            return value
        if op in (":+", "+"):
            return arg if (value if op == ":+" else value is not None) else ""
        if value is None:
            unresolved.append(name)
            return ""
        return value
    return token.sub(replace, text)
def resolve(node):
    if isinstance(node, dict):
        return {k: resolve(v) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v) for v in node]
    if isinstance(node, str):
        return interpolate(node)
    return node
resolved = resolve(compose)
check("every ${VAR} in compose.yaml is set in .env.example or has a default", not unresolved,
      "unset: " + ", ".join(sorted(set(unresolved))))

services = compose.get("services") or {}
check("compose.yaml has the services postgres, server and nginx",
      {"postgres", "server", "nginx"} <= set(services), "services: " + ", ".join(services))
def service(name):
    return services.get(name) or {}
def env_of(node):
    env = node.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return env
for name in ("postgres", "server", "nginx"):
    health = service(name).get("healthcheck") or {}
    check(f"{name}: has a health check", health.get("test") and not health.get("disable"))
    check(f"{name}: has a restart policy", service(name).get("restart") in ("always", "unless-stopped", "on-failure"))

pg = service("postgres")
check("postgres: PostgreSQL 15 image", str(pg.get("image", "")).startswith("postgres:15"), pg.get("image"))
check("postgres: health check uses pg_isready", "pg_isready" in str((pg.get("healthcheck") or {}).get("test")))
volumes = compose.get("volumes") or {}
data_mounts = [v for v in pg.get("volumes") or [] if isinstance(v, str) and v.endswith(":/var/lib/postgresql/data")]
check("postgres: data in a named volume declared in compose.yaml",
      data_mounts and data_mounts[0].split(":")[0] in volumes, f"mounts {pg.get('volumes')}, volumes {list(volumes)}")
check("postgres: no published port", "ports" not in pg)
check("postgres: password from .env", str(env_of(pg).get("POSTGRES_PASSWORD", "")).startswith("${POSTGRES_PASSWORD"))

srv = service("server")
build = srv.get("build") or {}
check("server: built from docker/server.Dockerfile with the repository as context",
      build.get("context") == ".." and build.get("dockerfile") == "docker/server.Dockerfile", str(build))
check("server: starts after postgres is healthy",
      ((srv.get("depends_on") or {}).get("postgres") or {}).get("condition") == "service_healthy")
check("server: no published port", "ports" not in srv)
check("server: health check asks /healthz", "/healthz" in str((srv.get("healthcheck") or {}).get("test")))
secret_like = re.compile(r"PASSWORD|SECRET|DATABASE_URL|KEY")
literal = [k for k, v in {**env_of(pg), **env_of(srv)}.items()
           if secret_like.search(k) and not str(v).lstrip().startswith("${")]
check("compose.yaml holds no secret value (all come from .env)", not literal, "literal: " + ", ".join(literal))

ngx = service("nginx")
build = ngx.get("build") or {}
check("nginx: built from docker/nginx.Dockerfile with the repository as context",
      build.get("context") == ".." and build.get("dockerfile") == "docker/nginx.Dockerfile", str(build))
check("nginx: starts after the server is healthy",
      ((ngx.get("depends_on") or {}).get("server") or {}).get("condition") == "service_healthy")
ngx_env = {k: ("" if v is None else str(v)) for k, v in env_of((resolved["services"].get("nginx") or {})).items()}
ports = [interpolate(str(p)) for p in ngx.get("ports") or []]
container_ports = {p.rsplit(":", 1)[-1].split("/")[0] for p in ports}
check("nginx: publishes its NGINX_HTTP_PORT and NGINX_HTTPS_PORT",
      {ngx_env.get("NGINX_HTTP_PORT"), ngx_env.get("NGINX_HTTPS_PORT")} == container_ports, f"ports {ports}, env {ngx_env}")
public_https = [p.rsplit(":", 1)[0].split(":")[-1] for p in ports if p.rsplit(":", 1)[-1] == ngx_env.get("NGINX_HTTPS_PORT")]
check("nginx: NGINX_PUBLIC_HTTPS_PORT is the published HTTPS port",
      public_https and public_https[0] == ngx_env.get("NGINX_PUBLIC_HTTPS_PORT"), f"{public_https} vs {ngx_env.get('NGINX_PUBLIC_HTTPS_PORT')}")
check("nginx: health check uses its HTTPS port",
      f":{ngx_env.get('NGINX_HTTPS_PORT')}/" in str((ngx.get("healthcheck") or {}).get("test")))
cert_dir = os.path.dirname(ngx_env.get("NGINX_TLS_CERT", "/nonexistent/x"))
cert_mounts = [v for v in (resolved["services"].get("nginx") or {}).get("volumes") or []
               if isinstance(v, str) and v.split(":")[1:2] == [cert_dir]]
check("nginx: certificates mounted read-only where NGINX_TLS_CERT points",
      cert_mounts and cert_mounts[0].endswith(":ro"), f"{ngx.get('volumes')} vs {cert_dir}")
check("nginx: upstream is the server service", ngx_env.get("NGINX_UPSTREAM", "").split(":")[0] == "server")

# 3. Dockerfiles
def stages(path):
    result, current = [], None
    text = open(path, encoding="utf-8").read().replace("\\\n", " ")
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "FROM":
            current = {"from": rest, "lines": []}
            result.append(current)
        elif current is not None:
            current["lines"].append((word, rest.strip()))
    return result
image_env = {}
for dockerfile in ("server.Dockerfile", "nginx.Dockerfile"):
    path = os.path.join(repo, "docker", dockerfile)
    all_stages = stages(path)
    missing_sources = []
    for stage in all_stages:
        for word, rest in stage["lines"]:
            if word != "COPY":
                continue
            parts = shlex.split(rest)
            if any(p.startswith("--from") for p in parts):
                continue
            for source in [p for p in parts if not p.startswith("--")][:-1]:
                if not os.path.exists(os.path.join(repo, source)):
                    missing_sources.append(source)
    check(f"{dockerfile}: every COPY source exists", not missing_sources, "missing: " + ", ".join(missing_sources))
    final = all_stages[-1] if all_stages else {"lines": []}
    users = [rest for word, rest in final["lines"] if word == "USER"]
    check(f"{dockerfile}: final stage runs as a non-root user",
          users and users[-1].split(":")[0] not in ("root", "0"), f"USER lines: {users}")
    if dockerfile == "server.Dockerfile":
        check("server.Dockerfile: multi-stage from debian:bookworm-slim",
              len(all_stages) >= 2 and all(s["from"].startswith("debian:bookworm-slim") for s in all_stages if "debian" in s["from"]))
        check("server.Dockerfile: has a HEALTHCHECK", any(w == "HEALTHCHECK" for w, _ in final["lines"]))
        envs = " ".join(rest for w, rest in final["lines"] if w == "ENV")
        check("server.Dockerfile: production mode, listening on all interfaces",
              "TRANSCENDENCE_ENV=production" in envs and "TRANSCENDENCE_HTTP_HOST=0.0.0.0" in envs, envs)
    else:
        check("nginx.Dockerfile: multi-stage, the web root built in a stage", len(all_stages) >= 2 and
              any("--from=" in rest for w, rest in final["lines"] if w == "COPY"))
        for word, rest in final["lines"]:
            if word == "ENV":
                for item in shlex.split(rest):
                    if "=" in item:
                        k, v = item.split("=", 1)
                        image_env[k] = v
            if word == "COPY":
                parts = shlex.split(rest)
                flags = [p for p in parts if p.startswith("--")]
                paths = [p for p in parts if not p.startswith("--")]
                source_from = next((f.split("=", 1)[1] for f in flags if f.startswith("--from=")), "-")
                with open(os.path.join(work, "copies"), "a", encoding="utf-8") as out:
                    for source in paths[:-1]:
                        out.write(f"{source_from}\t{source}\t{paths[-1]}\n")

build_stages = [next((st for st in stages(os.path.join(repo, "docker", f)) if st["from"].endswith(" AS build")), None)
                for f in ("server.Dockerfile", "nginx.Dockerfile")]
check("the two Dockerfiles share one identical build stage (its layers are built once)",
      build_stages[0] is not None and build_stages[0] == build_stages[1])

# The nginx container's environment: image ENV, overridden by compose's environment.
container_env = {**image_env, **ngx_env}
with open(os.path.join(work, "nginx.env"), "w", encoding="utf-8") as out:
    for k, v in sorted(container_env.items()):
        out.write(f"{k}={v}\n")

for name, good, detail in results:
    print(("ok\t" if good else "fail\t") + name + ("" if good or not detail else "\t" + detail.replace("\n", " ")))
PY
) || { echo "$structure_output"; echo "docker_config: the structure check crashed" >&2; exit 1; }

while IFS=$'\t' read -r status name detail; do
  if [[ "$status" == ok ]]; then ok "$name"; else fail "$name" "${detail:-}"; fi
done <<<"$structure_output"

# --- 4: replay the nginx image's start-up in a scratch root, then nginx -t --------------------------
ROOT="$WORK/root"
mkdir -p "$ROOT/etc/nginx/conf.d" "$ROOT/tmp" "$ROOT/var/log/nginx" "$ROOT/var/cache/nginx"
cp /etc/nginx/mime.types "$ROOT/etc/nginx/mime.types"
# The final stage's COPY lines: files from the repository as they are, the built web root as a placeholder page
# (nginx -t does not read it; the build stage checks index.html exists).
touch "$WORK/copies"
while IFS=$'\t' read -r from source dest; do
  target="$ROOT$dest"
  if [[ "$from" != - ]]; then
    mkdir -p "$target" && echo '<!doctype html><title>placeholder</title>' >"$target/index.html"
  elif [[ "$dest" == */ ]]; then
    mkdir -p "$target" && cp "$REPO/$source" "$target"
  else
    mkdir -p "$(dirname "$target")" && cp "$REPO/$source" "$target"
  fi
done <"$WORK/copies"
if [[ -f "$ROOT/etc/nginx/templates/transcendence.conf.template" ]]; then
  ok "nginx.Dockerfile: the site template goes to /etc/nginx/templates/"
else
  fail "nginx.Dockerfile: the site template goes to /etc/nginx/templates/" "copies: $(tr '\t' ' ' <"$WORK/copies")"
fi

# The container's environment, with absolute paths moved under the scratch root (not /dev/*).
env_args=()
while IFS= read -r line; do
  key="${line%%=*}" value="${line#*=}"
  if [[ "$value" == /* && "$value" != /dev/* ]]; then value="$ROOT$value"; fi
  env_args+=("$key=$value")
done <"$WORK/nginx.env"

# A throwaway certificate where NGINX_TLS_CERT / NGINX_TLS_KEY point (the mounted folder).
cert="" key=""
for pair in "${env_args[@]}"; do
  case "$pair" in NGINX_TLS_CERT=*) cert="${pair#*=}" ;; NGINX_TLS_KEY=*) key="${pair#*=}" ;; esac
done
if [[ -n "$cert" && -n "$key" ]]; then
  mkdir -p "$(dirname "$cert")" "$(dirname "$key")"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj "/CN=pong.example.org" \
    -keyout "$key" -out "$cert" >/dev/null 2>&1
fi

# The image's main configuration is ours (docker/nginx/nginx.conf, copied over the image's by
# nginx.Dockerfile), with its absolute paths moved under the scratch root.
user_line=""
if [[ $(id -u) -eq 0 ]]; then user_line="user root;"; fi # the scratch files are ours, not nobody's
if [[ -f "$ROOT/etc/nginx/nginx.conf" ]] && grep -q 'include /etc/nginx/transcendence/capacity.conf;' "$ROOT/etc/nginx/nginx.conf"; then
  ok "nginx.Dockerfile: the main nginx.conf is docker/nginx/nginx.conf, with capacity.conf"
else
  fail "nginx.Dockerfile: the main nginx.conf is docker/nginx/nginx.conf, with capacity.conf" "copies: $(tr '\t' ' ' <"$WORK/copies")"
fi
{ echo "$user_line"; sed -e 's#\([ ]\)\(/etc/nginx\|/tmp/\|/var/\)#\1@ROOT@\2#g' -e "s#@ROOT@#$ROOT#g" \
    "$REPO/docker/nginx/nginx.conf"; } >"$ROOT/etc/nginx/nginx.conf.rooted"
mv "$ROOT/etc/nginx/nginx.conf.rooted" "$ROOT/etc/nginx/nginx.conf"
# Sized for at least 20,000 WebSockets (two connections each) in any one worker.
connections=$(sed -n 's/^ *worker_connections *\([0-9]*\);.*/\1/p' "$REPO/docker/nginx/capacity.conf")
nofile=$(sed -n 's/^ *worker_rlimit_nofile *\([0-9]*\);.*/\1/p' "$REPO/docker/nginx/capacity.conf")
if grep -q '^ *worker_processes auto;' "$REPO/docker/nginx/capacity.conf" && [[ "${connections:-0}" -ge 40000 ]] &&
  [[ "${nofile:-0}" -ge $((connections + 1000)) ]]; then
  ok "capacity.conf: worker_processes auto, room for 20,000 WebSockets per worker"
else
  fail "capacity.conf: worker_processes auto, room for 20,000 WebSockets per worker" "worker_connections=${connections:-?} worker_rlimit_nofile=${nofile:-?}"
fi

# 20-envsubst-on-templates.sh, as the image runs it: only defined variables matching the filter.
template_dir="$ROOT/etc/nginx/templates"
output_dir="$ROOT/etc/nginx/conf.d"
env -i PATH="$PATH" "${env_args[@]}" TEMPLATE_DIR="$template_dir" OUTPUT_DIR="$output_dir" sh -c '
  filter="${NGINX_ENVSUBST_FILTER:-}"
  defined_envs=$(printf "\${%s} " $(awk "END { for (name in ENVIRON) { print ( name ~ /${filter}/ ) ? name : \"\" } }" < /dev/null ))
  find "$TEMPLATE_DIR" -follow -type f -name "*.template" -print | while read -r template; do
    relative_path="${template#"$TEMPLATE_DIR/"}"
    envsubst "$defined_envs" < "$template" > "$OUTPUT_DIR/${relative_path%.template}"
  done'
site="$output_dir/transcendence.conf"
if [[ -s "$site" ]] && ! grep -q '\${NGINX_[A-Z0-9_]*}' "$site"; then
  ok "the image fills every \${NGINX_*} placeholder of the template"
else
  fail "the image fills every \${NGINX_*} placeholder of the template" "$(grep -o '\${NGINX_[A-Z0-9_]*}' "$site" 2>/dev/null | sort -u | tr '\n' ' ')"
fi
if grep -q '\$request_uri' "$site" && grep -q '\$http_upgrade' "$site"; then
  ok "nginx's own \$variables survive the rendering"
else
  fail "nginx's own \$variables survive the rendering" "the filter let envsubst replace nginx variables"
fi

# nginx -t resolves the upstream host name ("server" on the compose network). Give it that name in
# a private mount namespace (root); elsewhere, point the upstream at loopback for the check only.
upstream_host=$(sed -n 's/^[[:space:]]*server[[:space:]]\+\([^:;[:space:]]*\):[0-9]*;.*/\1/p' "$site" 2>/dev/null | head -n 1 || true)
nginx_test=(nginx -t -p "$ROOT/etc/nginx/" -c "$ROOT/etc/nginx/nginx.conf")
if [[ -n "$upstream_host" ]] && ! getent hosts "$upstream_host" >/dev/null 2>&1; then
  printf '127.0.0.1 localhost\n127.0.0.1 %s\n' "$upstream_host" >"$WORK/hosts"
  if unshare --mount --propagation private true 2>/dev/null; then
    nginx_test=(unshare --mount --propagation private sh -c 'mount --bind "$0" /etc/hosts && exec "$@"' "$WORK/hosts" "${nginx_test[@]}")
  else
    echo "note: cannot give \"$upstream_host\" an address here; checking with the upstream on 127.0.0.1"
    sed -i "s/^\([[:space:]]*server[[:space:]]\+\)$upstream_host:/\1127.0.0.1:/" "$site"
  fi
fi
if output=$("${nginx_test[@]}" 2>&1) && ! grep -q '\[emerg\]' <<<"$output"; then
  ok "nginx -t accepts the site as the image renders it"
  grep '\[warn\]' <<<"$output" | sed 's/^/       /' || true
else
  fail "nginx -t accepts the site as the image renders it" "$output"
fi

echo
echo "docker_config: $passed passed, $failed failed"
((failed == 0))
