"""Formats the protocol and command-line start-up results of bench/run.sh (standard library only).

Usage: python3 summary.py [--protocol PROTOCOL_JSONL] [--cli CLI_JSONL]
"""
import argparse
import json
import statistics


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.startswith("{")]


def protocol(rows):
    for r in rows:
        # The judged figure: the median over the timed calls of each call's loop rate over its Raft rate. A call
        # and its loop run back to back, so a shared machine's load falls on the pair; the median keeps the first
        # timed calls, where Raft's large methods are still being recompiled (its per-call rates climb for a few
        # calls more than the loop's do), and a call hit by another process from deciding it. The aggregate (all
        # messages over all CPU time) is printed beside it.
        paired = statistics.median(lo / ra for lo, ra in zip(r["loop_rates"], r["raft_rates"]))
        aggregate = r["loop_rate"] / r["raft_rate"]
        print(f"Protocol: Raft on {r['nodes']} nodes ({r['topology']}, {r['ops_per_s']:.0f} client ops/s, "
              f"{r['calls']} timed calls of {r['seconds_per_call']:.0f} simulated s each)")
        print(f"  brokerlab.protocol Raft      {r['raft_rate'] / 1e6:6.2f} M messages per CPU-second "
              f"(per call: {', '.join(f'{x / 1e6:.2f}' for x in r['raft_rates'])} M)")
        print(f"  bare event loop, same traffic {r['loop_rate'] / 1e6:5.2f} M messages per CPU-second "
              f"(per call: {', '.join(f'{x / 1e6:.2f}' for x in r['loop_rates'])} M)")
        print(f"  bare loop ÷ Raft, median of the {r['calls']} paired calls = {paired:.2f} (all messages over all CPU time: "
              f"{aggregate:.2f}) (target: within 2x): {'met' if paired <= 2 else 'NOT met'}")


def cli(rows):
    for r in rows:
        c, n = r["cds"], r["no_cds"]
        print(f"CLI start-up: bin/brokerlab {r['command']}, {r['runs']} runs each, load {r['load_before']} -> {r['load_after']}")
        print(f"  with the CDS archive   median wall {c['median_wall_s']:.3f} s (min {c['min_wall_s']:.3f}), "
              f"median CPU {c['median_cpu_s']:.3f} s")
        print(f"  without it             median wall {n['median_wall_s']:.3f} s (min {n['min_wall_s']:.3f}), "
              f"median CPU {n['median_cpu_s']:.3f} s")
        print(f"  target median wall under 0.3 s: {'met' if c['median_wall_s'] < 0.3 else 'NOT met'}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--protocol")
    p.add_argument("--cli")
    args = p.parse_args()
    if args.protocol:
        protocol(load(args.protocol))
    if args.cli:
        if args.protocol:
            print()
        cli(load(args.cli))


if __name__ == "__main__":
    main()
