"""M/M/4 in SimPy 4, written as SimPy's own examples write queues (bank renege, carwash): a generator process
per customer that requests a Resource(capacity=4), waits, holds it for an exponential service time, and a
source process that creates customers at exponential intervals. Stops when the target number of customers
has started service. Usage: python mm4_simpy.py CUSTOMERS
"""
import random

import simpy

import mm4common as m


def customer(env, servers, service_rng, waits, done):
    arrived = env.now
    with servers.request() as request:
        yield request
        if waits.record(env.now - arrived) and not done.triggered:
            done.succeed()
        yield env.timeout(service_rng.expovariate(m.SERVICE_RATE))


def source(env, servers, arrival_rng, service_rng, waits, done):
    while True:
        yield env.timeout(arrival_rng.expovariate(m.ARRIVAL_RATE))
        env.process(customer(env, servers, service_rng, waits, done))


def run(customers, replication):
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=m.SERVERS)
    waits = m.WaitRecorder(customers)
    done = env.event()
    # One generator per random source, like BrokerLab's streams.
    arrival_rng = random.Random(f"{m.SEED}-{replication}-arrivals")
    service_rng = random.Random(f"{m.SEED}-{replication}-service")
    env.process(source(env, servers, arrival_rng, service_rng, waits, done))
    env.run(until=done)
    return waits


if __name__ == "__main__":
    m.main("simpy", f"SimPy {simpy.__version__} (Resource, processes)", run)
