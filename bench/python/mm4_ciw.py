"""M/M/4 in Ciw, as its documentation builds one: ciw.create_network with Exponential arrival and service
distributions and number_of_servers=[4], ciw.seed, Simulation, simulate_until_max_customers, then the
waiting_time of each data record. Ciw keeps every individual's records in memory (that is its design), so
the mean wait is taken from the records after the run, in arrival order for the batch means.
Usage: python mm4_ciw.py CUSTOMERS
"""
import ciw

import mm4common as m


def run(customers, replication):
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=m.ARRIVAL_RATE)],
        service_distributions=[ciw.dists.Exponential(rate=m.SERVICE_RATE)],
        number_of_servers=[m.SERVERS],
    )
    ciw.seed(m.SEED + replication)
    simulation = ciw.Simulation(network)
    # "Finish": stop once this many customers have left; all of them started service.
    simulation.simulate_until_max_customers(customers, method="Finish")
    records = sorted(simulation.get_all_records(), key=lambda r: r.arrival_date)
    waits = m.WaitRecorder(customers)
    for record in records[:customers]:
        waits.record(record.waiting_time)
    return waits


if __name__ == "__main__":
    m.main("ciw", f"Ciw {ciw.__version__} (create_network, records)", run)
