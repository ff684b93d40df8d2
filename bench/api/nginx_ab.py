#!/usr/bin/env python3
"""A/B of nginx configurations on GET /api/users/me, run by bench/api/nginx_ab.

Every target (the server's own port, and one nginx per configuration variant, all in front of
the same server) is measured in turn, round after round (A B C A B C ...), so a machine whose
load changes during the sitting affects every variant alike. For each run: wrk's req/s and
latency, and the CPU (utime + stime from /proc) of nginx (master + workers), the server and wrk
itself, as cores and as microseconds per request; the load average beside it. The per-request
CPU figures are what to compare on a shared machine.

The accounting of a run, to see where a proxied request's time goes: every process's CPU per
request and their sum (*all µs*; its inverse is *req per CPU-second*, the CPU-normalized rate),
voluntary context switches per request of each (how often it went to sleep waiting for another:
a process that is never idle batches many requests per wake-up), and the whole machine's busy
and idle cores from /proc/stat over the run (idle while requests are in flight is time every
process spent waiting for another; on a machine shared with other work "busy" includes theirs).
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
from api_bench import (CLK_TCK, children_of, cpu_ticks, machine_ticks,  # noqa: E402
                       parse_duration_ms, register)


def voluntary_switches(pids):
    """Voluntary context switches of every thread of pids (each sleep in epoll_wait is one)."""
    total = 0
    for pid in pids:
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in threads:
            try:
                with open(f"/proc/{pid}/task/{tid}/status") as f:
                    match = re.search(r"^voluntary_ctxt_switches:\s+(\d+)", f.read(), re.M)
            except OSError:
                continue
            total += int(match.group(1)) if match else 0
    return total


def wrk_with_cpu(url, token, connections, seconds, watched):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-H", f"Authorization: Bearer {token}", url]
    pids = {name: children_of(pid) for name, pid in watched.items()}
    before = {name: cpu_ticks(p) for name, p in pids.items()}
    switches = {name: voluntary_switches(p) for name, p in pids.items()}
    load = os.getloadavg()[0]
    busy0, idle0 = machine_ticks()
    t0 = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)  # wrk's own CPU and sleeps
    if status != 0:
        raise SystemExit(f"wrk failed: {output}")
    elapsed = time.monotonic() - t0
    busy1, idle1 = machine_ticks()
    wrk_ticks = (usage.ru_utime + usage.ru_stime) * CLK_TCK
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result = {"rps": round(rps), "requests": total, "load1": round(load, 2),
              "p50_ms": round(parse_duration_ms(percentiles["50"]), 2),
              "p99_ms": round(parse_duration_ms(percentiles["99"]), 2),
              "non2xx": int(non2xx.group(1)) if non2xx else 0,
              "wrk_us": round(wrk_ticks / CLK_TCK / max(total, 1) * 1e6, 1),
              "wrk_cores": round(wrk_ticks / CLK_TCK / elapsed, 2),
              "wrk_sleeps": round(usage.ru_nvcsw / max(total, 1), 3),
              "busy_cores": round((busy1 - busy0) / CLK_TCK / elapsed, 2),
              "idle_cores": round((idle1 - idle0) / CLK_TCK / elapsed, 2)}
    all_us = result["wrk_us"]
    for name, pid in watched.items():
        now = children_of(pid)
        ticks = cpu_ticks(now) - before[name]
        result[f"{name}_cores"] = round(ticks / CLK_TCK / elapsed, 2)
        result[f"{name}_us"] = round(ticks / CLK_TCK / max(total, 1) * 1e6, 1)
        result[f"{name}_sleeps"] = round(
            (voluntary_switches(now) - switches[name]) / max(total, 1), 3)
        all_us += result[f"{name}_us"]
    result["all_us"] = round(all_us, 1)
    result["req_per_cpu_s"] = round(1e6 / all_us) if all_us else 0
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
            # A different target first each round (A B C, B C A, ...): no variant always runs
            # right after the lighter direct run, or always first.
            turn = round_no % len(targets)
            for name, url, watched in targets[turn:] + targets[:turn]:
                r = wrk_with_cpu(url + "/api/users/me", token, connections, args.seconds, watched)
                r.update(target=name, connections=connections, round=round_no)
                results.append(r)
                print(json.dumps(r), flush=True)
    print("\n| target | conn. | runs | req/s median (min-max) | p99 ms median | nginx µs/req | "
          "server µs/req | wrk µs/req | all µs/req | req per CPU-s | sleeps/req server, nginx, "
          "wrk | cores server + nginx + wrk | machine busy, idle cores | load1 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for connections in [int(c) for c in args.connections.split(",")]:
        for name, _, _ in targets:
            rs = [r for r in results if r["target"] == name and r["connections"] == connections]
            med = lambda key: round(statistics.median(r.get(key, 0) for r in rs), 2)  # noqa: E731
            proxied = "nginx_us" in rs[0]
            print(f"| {name} | {connections} | {len(rs)} | {med('rps'):,.0f} "
                  f"({min(r['rps'] for r in rs):,}-{max(r['rps'] for r in rs):,}) | "
                  f"{med('p99_ms')} | {med('nginx_us') if proxied else '-'} | "
                  f"{med('server_us')} | {med('wrk_us')} | {med('all_us')} | "
                  f"{med('req_per_cpu_s'):,.0f} | {med('server_sleeps')}, "
                  f"{med('nginx_sleeps') if proxied else '-'}, {med('wrk_sleeps')} | "
                  f"{med('server_cores')} + {med('nginx_cores') if proxied else '-'} + "
                  f"{med('wrk_cores')} | {med('busy_cores')}, {med('idle_cores')} | "
                  f"{min(r['load1'] for r in rs)}-{max(r['load1'] for r in rs)} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
