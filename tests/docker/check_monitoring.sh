#!/usr/bin/env bash
# ctest docker_monitoring: the monitoring files in docker/ are what Prometheus and Grafana accept.
#  1. `promtool check config` on docker/prometheus/prometheus.yml (its rule file path pointed at
#     the repository's copy), `promtool check rules` and `promtool test rules` (alerts_test.yml:
#     the alerts fire on the series they are about).
#  2. The Grafana dashboard is valid JSON, every panel queries the provisioned data source, and
#     every transcendence_* metric a panel or an alert names is one the server exports (found in
#     server/metrics/ServerMetrics.cpp) or one scripts/backup writes.
#  3. compose.yaml runs prometheus, the nginx exporter, node-exporter, grafana and backup, and
#     mounts the files checked here; nginx never proxies /metrics and serves stub_status to
#     private addresses only.
# Usage: check_monitoring.sh [REPO_ROOT]. Needs promtool (Debian prometheus) and python3-yaml.
set -euo pipefail

REPO="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
ok() { printf 'ok   - %s\n' "$1"; passed=$((passed + 1)); }
fail() { printf 'FAIL - %s\n' "$1"; [[ -n "${2:-}" ]] && printf '%s\n' "$2" | sed 's/^/       /'; failed=$((failed + 1)); }

command -v promtool >/dev/null 2>&1 || { echo "docker_monitoring: promtool is missing (scripts/lib/bootstrap.sh installs prometheus)" >&2; exit 1; }
PROM="$REPO/docker/prometheus"

sed "s|/etc/prometheus/alerts.yml|$PROM/alerts.yml|" "$PROM/prometheus.yml" >"$WORK/prometheus.yml"
if output=$(promtool check config "$WORK/prometheus.yml" 2>&1); then ok "promtool check config"; else fail "promtool check config" "$output"; fi
if output=$(promtool check rules "$PROM/alerts.yml" 2>&1); then ok "promtool check rules"; else fail "promtool check rules" "$output"; fi
if output=$(cd "$PROM" && promtool test rules alerts_test.yml 2>&1); then ok "promtool test rules (alerts fire on what they are about)"; else fail "promtool test rules" "$output"; fi

structure=$(/usr/bin/python3 - "$REPO" <<'PY'
import json, os, re, sys
import yaml
repo = sys.argv[1]
results = []
def check(name, good, detail=""):
    results.append((name, bool(good), detail))

exported = set(re.findall(r'"(transcendence_[a-z_]+)"', open(os.path.join(repo, "server/metrics/ServerMetrics.cpp")).read()))
exported |= set(re.findall(r'(transcendence_[a-z_]+)', open(os.path.join(repo, "scripts/backup")).read()))
def named(expr):
    names = set()
    for name in re.findall(r'transcendence_[a-z_]+', expr):
        names.add(re.sub(r'_(bucket|sum|count)$', '', name))
    return names

try:
    dashboard = json.load(open(os.path.join(repo, "docker/grafana/dashboards/transcendence.json")))
    check("the Grafana dashboard is valid JSON", True)
except ValueError as error:
    check("the Grafana dashboard is valid JSON", False, str(error))
    dashboard = {"panels": []}
datasource = yaml.safe_load(open(os.path.join(repo, "docker/grafana/provisioning/datasources/prometheus.yml")))
uid = datasource["datasources"][0]["uid"]
panels = dashboard.get("panels", [])
check("the dashboard has panels for players, matches, latency and errors",
      len(panels) >= 8 and all(any(word in p["title"].lower() for p in panels) for word in ("players", "matches", "latency", "error")),
      ", ".join(p["title"] for p in panels))
wrong_source = [p["title"] for p in panels for t in p.get("targets", []) if t.get("datasource", {}).get("uid") != uid]
check("every panel queries the provisioned Prometheus data source", not wrong_source, ", ".join(wrong_source))
unknown = sorted({n for p in panels for t in p.get("targets", []) for n in named(t["expr"])} - exported)
check("every transcendence_* metric on the dashboard is exported", not unknown, ", ".join(unknown))
rules = yaml.safe_load(open(os.path.join(repo, "docker/prometheus/alerts.yml")))
exprs = [r["expr"] for g in rules["groups"] for r in g["rules"]]
unknown = sorted({n for e in exprs for n in named(e)} - exported)
check("every transcendence_* metric an alert names is exported", not unknown, ", ".join(unknown))
alerts = {r["alert"] for g in rules["groups"] for r in g["rules"]}
wanted = {"TranscendenceInstanceDown", "TranscendenceNotReady", "TranscendenceLatencyOverBudget", "TranscendenceTicksLate",
          "TranscendenceErrorRatio", "DiskAlmostFull", "BackupTooOld"}
check("alerts: instance down, readiness, p99 latency, tick lateness, errors, disk, backup age", wanted <= alerts,
      "missing: " + ", ".join(sorted(wanted - alerts)))

compose = yaml.safe_load(open(os.path.join(repo, "docker/compose.yaml")))
services = compose.get("services", {})
check("compose runs prometheus, nginx-exporter, node-exporter, grafana and backup",
      {"prometheus", "nginx-exporter", "node-exporter", "grafana", "backup"} <= set(services), ", ".join(services))
mounts = " ".join(str(v) for s in services.values() for v in s.get("volumes", []) or [])
for path in ("./prometheus/prometheus.yml", "./prometheus/alerts.yml", "./grafana/provisioning", "./grafana/dashboards", "../scripts/backup"):
    check(f"compose mounts {path}", path in mounts and os.path.exists(os.path.join(repo, "docker", path)))
for name in ("prometheus", "grafana"):
    ports = [str(p) for p in services.get(name, {}).get("ports", [])]
    check(f"{name}: published on the host's loopback only", ports and all(p.startswith("127.0.0.1:") for p in ports), str(ports))
scrape = yaml.safe_load(open(os.path.join(repo, "docker/prometheus/prometheus.yml")))
jobs = {j["job_name"]: j for j in scrape["scrape_configs"]}
check("Prometheus finds every server replica by DNS", any(n == "server" for c in jobs.get("transcendence", {}).get("dns_sd_configs", []) for n in c["names"]))
check("Prometheus scrapes nginx through the exporter", "nginx" in jobs)
exporter = " ".join(services.get("nginx-exporter", {}).get("command", []))
template = open(os.path.join(repo, "docker/nginx/transcendence.conf.template")).read()
status_path = re.search(r"scrape-uri=http://nginx:\d+(/\S+)", exporter)
check("the exporter scrapes a stub_status location nginx has",
      status_path and re.search(r"location = " + re.escape(status_path.group(1)) + r" \{\s*stub_status;", template), exporter)
metrics_block = re.search(r"location = /metrics \{([^}]*)\}", template)
check("nginx never proxies /metrics", metrics_block and "proxy_pass" not in metrics_block.group(1) and "return 404" in metrics_block.group(1))
stub = re.search(r"location = /nginx_status \{([^}]*)\}", template)
check("stub_status answers private addresses only", stub and "deny all;" in stub.group(1) and "allow 0.0.0.0" not in stub.group(1))
for name, good, detail in results:
    print(("ok\t" if good else "fail\t") + name + ("" if good or not detail else "\t" + detail.replace("\n", " ")))
PY
) || { echo "$structure"; echo "docker_monitoring: the structure check crashed" >&2; exit 1; }
while IFS=$'\t' read -r status name detail; do
  if [[ "$status" == ok ]]; then ok "$name"; else fail "$name" "${detail:-}"; fi
done <<<"$structure"

echo
echo "docker_monitoring: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
