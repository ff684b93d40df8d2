#!/usr/bin/env python3
"""A/B of nginx configurations on GET /api/users/me, run by bench/api/nginx_ab.

Every target (the server's own port, and one nginx per configuration variant, all in front of
the same server) is measured in turn, round after round (A B C A B C ...), so a machine whose
load changes during the sitting affects every variant alike. For each run: wrk's req/s and
latency, and the CPU (utime + stime from /proc) of nginx (master + workers), the server and wrk
itself, as cores and as microseconds per request; the load average beside it. The per-request
CPU figures are what to compare on a shared machine.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from api_bench import (CLK_TCK, children_of, children_ticks, cpu_ticks,  # noqa: E402
                       parse_duration_ms, register)


def wrk_with_cpu(url, token, connections, seconds, watched):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-H", f"Authorization: Bearer {token}", url]
    pids = {name: children_of(pid) for name, pid in watched.items()}
    before = {name: cpu_ticks(p) for name, p in pids.items()}
    load = os.getloadavg()[0]
    wrk_before = children_ticks()
    t0 = time.monotonic()
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    elapsed = time.monotonic() - t0
    wrk_ticks = children_ticks() - wrk_before  # wrk's own CPU, once it was waited for
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result = {"rps": round(rps), "requests": total, "load1": round(load, 2),
              "p50_ms": round(parse_duration_ms(percentiles["50"]), 2),
              "p99_ms": round(parse_duration_ms(percentiles["99"]), 2),
              "non2xx": int(non2xx.group(1)) if non2xx else 0,
              "wrk_us": round(wrk_ticks / CLK_TCK / max(total, 1) * 1e6, 1)}
    for name, pid in watched.items():
        ticks = cpu_ticks(children_of(pid)) - before[name]
        result[f"{name}_cores"] = round(ticks / CLK_TCK / elapsed, 2)
        result[f"{name}_us"] = round(ticks / CLK_TCK / max(total, 1) * 1e6, 1)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--direct", required=True)
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--variant", action="append", default=[], help="NAME=URL=NGINX_PID")
    parser.add_argument("--connections", default="50")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-direct", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()

    token = register(args.direct, 1)[0][2]
    targets = [] if args.no_direct else [("direct", args.direct, {"server": args.server_pid})]
    for spec in args.variant:
        name, url, pid = spec.rsplit("=", 2)
        targets.append((name, url, {"server": args.server_pid, "nginx": int(pid)}))
    warmed = max(int(c) for c in args.connections.split(","))
    for _, url, _ in targets:  # warm-up at the most connections: upstream pools, caches
        subprocess.run(["wrk", "-t1", f"-c{warmed}", "-d2s", "-H", f"Authorization: Bearer {token}",
                        url + "/api/users/me"], capture_output=True, check=True)
    results = []
    for connections in [int(c) for c in args.connections.split(",")]:
        for round_no in range(args.rounds):
            for name, url, watched in targets:
                r = wrk_with_cpu(url + "/api/users/me", token, connections, args.seconds, watched)
                r.update(target=name, connections=connections, round=round_no)
                results.append(r)
                print(json.dumps(r), flush=True)
    print("\n| target | conn. | runs | req/s median (min-max) | p99 ms median | nginx µs/req | "
          "server µs/req | wrk µs/req | nginx cores | load1 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for connections in [int(c) for c in args.connections.split(",")]:
        for name, _, _ in targets:
            rs = [r for r in results if r["target"] == name and r["connections"] == connections]
            med = lambda key: round(statistics.median(r[key] for r in rs), 2)  # noqa: E731
            print(f"| {name} | {connections} | {len(rs)} | {med('rps'):,.0f} "
                  f"({min(r['rps'] for r in rs):,}-{max(r['rps'] for r in rs):,}) | "
                  f"{med('p99_ms')} | {med('nginx_us') if 'nginx_us' in rs[0] else '-'} | "
                  f"{med('server_us')} | {med('wrk_us')} | "
                  f"{med('nginx_cores') if 'nginx_cores' in rs[0] else '-'} | "
                  f"{min(r['load1'] for r in rs)}-{max(r['load1'] for r in rs)} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
