#!/usr/bin/env python3
"""API bench of issue 14, run by bench/api/run against a platform it started.

1. wrk on GET /api/users/me with a Bearer token: direct (the server's port) and through nginx
   (https), at each --connections; the CPU of the server, PostgreSQL (postmaster and every
   backend) and nginx (master and workers) from /proc over each run. Optionally the Django peer.
2. A sign-in burst: --burst-clients threads doing real logins (Argon2id) back to back, with one
   probe beside them doing GET /api/users/me in a loop; the probe's p50/p99 before and during.

Standard library only. Prints Markdown tables; --json FILE writes the same numbers.
"""
import argparse
import http.client
import json
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import urlsplit

CLK_TCK = os.sysconf("SC_CLK_TCK")


def children_of(pid):
    """pid and all its descendants (one scan of /proc)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        parents.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(parents.get(current, []))
    return found


def cpu_ticks(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total


class CpuWatch:
    """CPU cores used by named process trees between start() and stop()."""

    def __init__(self, roots):
        self.roots = {name: pid for name, pid in roots.items() if pid}

    def start(self):
        self.pids = {name: children_of(pid) for name, pid in self.roots.items()}
        self.before = {name: cpu_ticks(p) for name, p in self.pids.items()}
        self.t0 = time.monotonic()

    def stop(self):
        elapsed = time.monotonic() - self.t0
        result = {}
        for name, pids in self.pids.items():
            # Processes started during the window (new backends) count from their start.
            now = children_of(self.roots[name])
            ticks = cpu_ticks(now) - self.before[name]
            result[name] = round(ticks / CLK_TCK / elapsed, 2)
        return result


def machine_ticks():
    """(busy, idle) ticks of all CPUs since boot, /proc/stat (idle includes iowait)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:9]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, idle


def children_ticks():
    """CPU ticks (cutime + cstime) of our children that have been waited for: wrk's runs."""
    with open("/proc/self/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[13]) + int(fields[14])


def parse_duration_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(url, token, connections, seconds, ca=None):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-H", f"Authorization: Bearer {token}", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": round(rps),
        "p50_ms": round(parse_duration_ms(percentiles["50"]), 2),
        "p99_ms": round(parse_duration_ms(percentiles["99"]), 2),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1).strip() if socket_errors else "",
    }


class Client:
    """One keep-alive HTTP connection to the server's own port (loopback: X-Real-IP trusted)."""

    def __init__(self, base):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        headers.setdefault("User-Agent", "api_bench")
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.connection.request(method, path, body=data, headers=headers)
                response = self.connection.getresponse()
                payload = response.read()
                return response.status, dict(response.getheaders()), payload
            except (ConnectionError, http.client.HTTPException):
                self.connection.close()
                self.connection = None
                if attempt:
                    raise


def random_address():
    return f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}"


def register(base, count):
    client = Client(base)
    accounts = []
    for i in range(count):
        name = f"b{secrets.token_hex(5)}"
        password = f"Bench-{secrets.token_urlsafe(12)}-{i}"
        status, _, payload = client.request(
            "POST", "/api/auth/register",
            {"username": name, "email": f"{name}@example.test", "password": password,
             "client": "app"},
            {"X-Real-IP": random_address()})
        if status != 201:
            raise SystemExit(f"registration refused: {status} {payload[:200]!r}")
        accounts.append((name, password, json.loads(payload)["accessToken"]))
    return accounts


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def probe(base, token, stop, samples, statuses):
    client = Client(base)
    headers = {"Authorization": f"Bearer {token}"}
    while not stop.is_set():
        t0 = time.perf_counter()
        status, _, _ = client.request("GET", "/api/users/me", headers=headers)
        samples.append((time.perf_counter() - t0) * 1000)
        statuses[status] = statuses.get(status, 0) + 1
        time.sleep(0.005)  # ~150 probes a second: a reader, not a second load


def sign_in_loop(base, accounts, stop, outcomes, latencies):
    client = Client(base)
    while not stop.is_set():
        name, password, _ = random.choice(accounts)
        t0 = time.perf_counter()
        status, headers, _ = client.request(
            "POST", "/api/auth/login", {"login": name, "password": password, "client": "app"},
            {"X-Real-IP": random_address()})
        latencies.append((status, (time.perf_counter() - t0) * 1000))
        outcomes[status] = outcomes.get(status, 0) + 1
        if status == 503:
            time.sleep(float(headers.get("Retry-After", "1")) / 10)


def measure_probe(base, token, seconds, burst_clients, accounts, cpu):
    stop = threading.Event()
    samples, statuses, outcomes, login_ms = [], {}, {}, []
    threads = [threading.Thread(target=probe, args=(base, token, stop, samples, statuses))]
    for _ in range(burst_clients):
        threads.append(threading.Thread(target=sign_in_loop,
                                        args=(base, accounts, stop, outcomes, login_ms)))
    cpu.start()
    t0 = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - t0
    refused_ms = [ms for status, ms in login_ms if status == 503]
    login_ms = [ms for status, ms in login_ms if status != 503]
    return {
        "probe_p50_ms": round(statistics.median(samples), 2),
        "probe_p99_ms": round(percentile(samples, 99), 2),
        "probe_max_ms": round(max(samples), 2),
        "probes": len(samples),
        "probe_statuses": statuses,
        "logins_per_s": round(sum(v for k, v in outcomes.items() if k == 200) / elapsed, 1),
        "login_statuses": outcomes,
        "login_p50_ms": round(statistics.median(login_ms), 1) if login_ms else None,
        "login_p99_ms": round(percentile(login_ms, 99), 1) if login_ms else None,
        "refused_p50_ms": round(statistics.median(refused_ms), 1) if refused_ms else None,
        "refused_p99_ms": round(percentile(refused_ms, 99), 1) if refused_ms else None,
        "refused_max_ms": round(max(refused_ms), 1) if refused_ms else None,
        "cpu": cpu.stop(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--direct", required=True, help="http://127.0.0.1:PORT (the server)")
    parser.add_argument("--nginx", help="https://localhost:PORT")
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--postmaster-pid", type=int, required=True)
    parser.add_argument("--nginx-pid", type=int)
    parser.add_argument("--peer", help="http://127.0.0.1:PORT of the Django peer")
    parser.add_argument("--peer-token")
    parser.add_argument("--peer-pid", type=int, help="gunicorn's master")
    parser.add_argument("--connections", default="50,200")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--burst-clients", type=int, default=8)
    parser.add_argument("--burst-seconds", type=int, default=10)
    parser.add_argument("--overload-clients", type=int, default=48,
                        help="a last burst with this many sign-in clients (0: none)")
    parser.add_argument("--label", default="")
    parser.add_argument("--json")
    args = parser.parse_args()

    accounts = register(args.direct, 16)
    token = accounts[0][2]
    roots = {"server": args.server_pid, "postgres": args.postmaster_pid, "nginx": args.nginx_pid}
    results = {"label": args.label, "wrk": [], "burst": {}}
    targets = [("direct", args.direct + "/api/users/me", token, roots)]
    if args.nginx:
        targets.append(("nginx", args.nginx + "/api/users/me", token, roots))
    if args.peer:
        targets.append(("django", args.peer + "/api/users/me", args.peer_token,
                        {"django": args.peer_pid, "postgres": args.postmaster_pid}))
    for connections in [int(c) for c in args.connections.split(",")]:
        for name, url, bearer, watched in targets:
            run_wrk(url, bearer, connections, 2)  # warm-up: connections, caches
            cpu = CpuWatch(watched)
            load1 = os.getloadavg()[0]
            wrk_before = children_ticks()
            busy0, idle0 = machine_ticks()
            cpu.start()
            t0 = time.monotonic()
            row = run_wrk(url, bearer, connections, args.seconds)
            elapsed = time.monotonic() - t0
            usage = cpu.stop()
            busy1, idle1 = machine_ticks()
            usage["wrk"] = round((children_ticks() - wrk_before) / CLK_TCK / elapsed, 2)
            # Idle while requests were in flight: every process waiting for another (on a
            # machine shared with other work, theirs fills it).
            row.update({"target": name, "connections": connections, "cpu": usage,
                        "load1": round(load1, 2),
                        "machine_idle_cores": round((idle1 - idle0) / CLK_TCK / elapsed, 2)})
            results["wrk"].append(row)
            print(json.dumps(row), file=sys.stderr)

    quiet = measure_probe(args.direct, token, 5, 0, accounts, CpuWatch(roots))
    burst = measure_probe(args.direct, token, args.burst_seconds, args.burst_clients, accounts,
                          CpuWatch(roots))
    results["burst"] = {"quiet": quiet, "burst": burst}
    phases = [("quiet", quiet), (f"{args.burst_clients} signing in", burst)]
    if args.overload_clients:
        overload = measure_probe(args.direct, token, args.burst_seconds, args.overload_clients,
                                 accounts, CpuWatch(roots))
        results["burst"]["overload"] = overload
        phases.append((f"{args.overload_clients} signing in", overload))
    print(json.dumps(results["burst"]), file=sys.stderr)

    print(f"\nGET /api/users/me, wrk -t1 -d{args.seconds}s {args.label}\n")
    print("| target | connections | req/s | of direct | p50 ms | p99 ms | non-2xx | load1 | "
          "server cores | PostgreSQL cores | nginx / peer cores | wrk cores | "
          "server / nginx µs per request | all µs per request | machine idle cores |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    direct = {row["connections"]: row["rps"] for row in results["wrk"] if row["target"] == "direct"}
    for row in results["wrk"]:
        cpu = dict(row["cpu"])
        if row["target"] != "nginx":
            cpu.pop("nginx", None)  # watched, but not on this path
        other = cpu.get("nginx", cpu.get("django", "-"))
        share = f"{100 * row['rps'] / direct[row['connections']]:.0f} %" if direct.get(
            row["connections"]) else "-"
        per_request = " / ".join(
            f"{cpu[name] * 1e6 / row['rps']:.1f}" if name in cpu and row["rps"] else "-"
            for name in ("server", "nginx"))
        # Every watched process and wrk: the CPU one request costs on the shared cores.
        all_us = f"{sum(cpu.values()) * 1e6 / row['rps']:.1f}" if row["rps"] else "-"
        print(f"| {row['target']} | {row['connections']} | {row['rps']:,} | {share} | "
              f"{row['p50_ms']} | {row['p99_ms']} | {row['non2xx']} | {row['load1']} | "
              f"{cpu.get('server', '-')} | {cpu['postgres']} | {other} | {cpu['wrk']} | "
              f"{per_request} | {all_us} | {row['machine_idle_cores']} |")
    print(f"\nGET /api/users/me probe beside clients signing in ({args.burst_seconds} s)\n")
    print("| phase | probe p50 ms | probe p99 ms | probe max ms | sign-ins/s | sign-in statuses |"
          " sign-in p50 / p99 ms | 503 p50 / p99 / max ms | server cores | PostgreSQL cores |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for phase, row in phases:
        print(f"| {phase} | {row['probe_p50_ms']} | {row['probe_p99_ms']} | "
              f"{row['probe_max_ms']} | {row['logins_per_s']} | {row['login_statuses'] or '-'} | "
              f"{row['login_p50_ms']} / {row['login_p99_ms']} | "
              f"{row['refused_p50_ms']} / {row['refused_p99_ms']} / {row['refused_max_ms']} | "
              f"{row['cpu']['server']} | {row['cpu']['postgres']} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
