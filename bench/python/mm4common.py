"""Shared by the Python peers: the model, its exact mean wait, batch means, and the cold/warm timing protocol.

Same protocol as the Java harness (bench/java/.../Harness.java) so the table compares like with like:
call 1 in a fresh interpreter is timed as *cold*, call 2 as *warm* (CPython has no JIT, so one warm call is
enough to show the import/first-call overhead is small), each from an empty system, and the mean-wait check
uses call 1. Prints one JSON line for bench/table.py.
"""
import json
import math
import platform
import statistics
import sys
import time

ARRIVAL_RATE = 3.6  # λ, customers per unit time
SERVICE_RATE = 1.0  # μ per server
SERVERS = 4         # c; utilisation ρ = λ/(cμ) = 0.9
BATCHES = 20
SEED = 20260101

# Student t quantile t(0.975, 19), for the 20-batch interval (tables: 2.093024).
T_975_19 = 2.093024054408263


def erlang_c(c, a):
    """Erlang C via the Erlang B recursion B(k) = aB(k-1)/(k + aB(k-1)); C = cB/(c - a(1-B)) (Tijms 2003, §5.2)."""
    b = 1.0
    for k in range(1, c + 1):
        b = a * b / (k + a * b)
    return c * b / (c - a * (1 - b))


def exact_mean_wait():
    """Wq = C(4, 3.6)/(cμ - λ) = 1.969383..."""
    return erlang_c(SERVERS, ARRIVAL_RATE / SERVICE_RATE) / (SERVERS * SERVICE_RATE - ARRIVAL_RATE)


class WaitRecorder:
    """Waits as 20 consecutive batch means, in constant memory (Law, Simulation Modeling and Analysis, §9.5.3)."""

    def __init__(self, customers):
        if customers <= 0 or customers % BATCHES:
            raise ValueError(f"customers = {customers} is invalid: it must be a positive multiple of {BATCHES}; round it")
        self.target = customers
        self.batch_size = customers // BATCHES
        self.batch_means = []
        self.batch_sum = 0.0
        self.in_batch = 0
        self.recorded = 0

    def record(self, wait):
        """Records one wait; True once the target number of customers has been recorded."""
        self.batch_sum += wait
        self.recorded += 1
        self.in_batch += 1
        if self.in_batch == self.batch_size:
            self.batch_means.append(self.batch_sum / self.batch_size)
            self.batch_sum = 0.0
            self.in_batch = 0
        return self.recorded >= self.target

    def mean_wait(self):
        """(estimate, 95% half-width) from the batch means."""
        m = statistics.fmean(self.batch_means)
        return m, T_975_19 * statistics.stdev(self.batch_means) / math.sqrt(len(self.batch_means))


def main(key, engine_name, run):
    """run(customers, replication) -> WaitRecorder; argv[1] = customers."""
    customers = int(sys.argv[1])
    t0 = time.perf_counter()
    first = run(customers, 0)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    run(customers, 1)
    warm = time.perf_counter() - t0
    wq, half = first.mean_wait()
    print(json.dumps({"key": key, "engine": engine_name, "runtime": "CPython " + platform.python_version(),
                      "customers": customers, "cold_s": cold, "warm_s": warm, "warm_runs": 1,
                      "wq": wq, "ci_half": half, "exact": exact_mean_wait()}))
