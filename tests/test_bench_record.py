"""bench/notebooks.py --record: the committed notebook timings are the median run, and only passing runs count."""
import importlib.util
import json
import os

import pytest

import nbrun

SPEC = importlib.util.spec_from_file_location("bench_notebooks", nbrun.ROOT / "bench" / "notebooks.py")
bench = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bench)


def results_folder(tmp_path, fast_seconds, status="ok"):
    folder = tmp_path / "results"
    folder.mkdir()
    rows = [{"notebook": "01-the-lie", "mode": "fast", "seconds": s, "cpu_seconds": 2 * s, "status": status,
             "load_before": f"{s / 10:.2f} 1.0 1.0", "load_after": "1.5 1.0 1.0", "customers": int(1000 * s),
             "events": 0} for s in fast_seconds]
    for r in rows:   # the kernel's CPU split, different in every run: the median run's own is recorded
        r.update({"compile_cpu_seconds": r["seconds"] / 4, "cells_cpu_seconds": r["seconds"], "jit_cpu_seconds": 0.5})
    rows.append({"notebook": "01-the-lie", "mode": "full", "seconds": 66.6, "cpu_seconds": 130.3, "status": "ok",
                 "load_before": "3.40 2.37 1.44", "load_after": "2.0 2.0 2.0"})
    (folder / "notebooks.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    kernel = [{"start_s": s, "engine_cell_s": 0.5, "one_cell_s": 0.025, "statement_in_one_cell_s": 0.015,
               "shutdown_s": 0.1, "exit_status": 0} for s in (2.0, 2.2, 1.9)]
    (folder / "kernel.jsonl").write_text("".join(json.dumps(r) + "\n" for r in kernel))
    (folder / "machine.txt").write_text("notebooks.py fast at 2026-12-06T14:46:04Z: 2 cores, AMD EPYC, load average 1\n")
    return folder


def test_record_keeps_the_median_run_with_its_own_cpu_time_and_load(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "TIMES", tmp_path / "notebook-times.csv")
    bench.record(results_folder(tmp_path, [12.0, 9.0, 17.0]))
    lines = (tmp_path / "notebook-times.csv").read_text().splitlines()
    # runs without a start time (timed before the field existed) get the day of the folder's notebooks.py piece
    # a run timed before the CPU split existed: its columns empty
    assert lines == ["notebook,mode,wall_s,cpu_s,compile_cpu_s,cells_cpu_s,jit_cpu_s,load_before,load_after,runs,"
                     "customers,events,date",
                     "01-the-lie,fast,12.0,24.0,3.0,12.0,0.5,1.20,1.5,3,12000,0,2026-12-06",
                     "01-the-lie,full,66.6,130.3,,,,3.40,2.0,1,,,2026-12-06"]
    meta = json.loads((tmp_path / "notebook-times.meta.json").read_text())
    assert meta["parameters"]["kernel_start_s"] == 2.0 and meta["parameters"]["kernels_timed"] == 3
    assert meta["parameters"]["machine"].startswith("2 cores") and meta["rows"] == 2


def test_record_takes_the_lower_middle_run_of_an_even_count(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "TIMES", tmp_path / "notebook-times.csv")
    bench.record(results_folder(tmp_path, [12.0, 9.0]))
    assert "01-the-lie,fast,9.0,18.0,2.2,9.0,0.5,0.90,1.5,2,9000,0,2026-12-06" in (tmp_path / "notebook-times.csv").read_text()


def test_record_refuses_a_folder_with_a_failed_notebook(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "TIMES", tmp_path / "notebook-times.csv")
    with pytest.raises(SystemExit, match="only passing runs"):
        bench.record(results_folder(tmp_path, [12.0], status="error: cell 3: boom"))
    assert not (tmp_path / "notebook-times.csv").exists()


def test_recording_another_folder_replaces_only_the_notebooks_it_timed(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "TIMES", tmp_path / "notebook-times.csv")
    first = results_folder(tmp_path, [12.0, 9.0, 17.0])
    bench.record(first)
    # a row of a table from before the work and date columns: kept, its counts empty, its date the table's creation day
    old = (tmp_path / "notebook-times.csv").read_text().splitlines()
    old = ["notebook,mode,wall_s,cpu_s,load_before,load_after,runs"] + \
        [",".join(line.split(",")[:4] + line.split(",")[7:10]) for line in old[1:]] + ["02-the-crash,fast,18.2,31.3,2.39,2.16,3"]
    (tmp_path / "notebook-times.csv").write_text("\n".join(old) + "\n")
    meta = json.loads((tmp_path / "notebook-times.meta.json").read_text())
    (tmp_path / "notebook-times.meta.json").write_text(json.dumps({**meta, "created_utc": "2026-12-05T23:00:00Z"}))
    again = tmp_path / "again"
    first.rename(again)
    lines = [l for l in (again / "notebooks.jsonl").read_text().splitlines() if '"full"' in l]
    # a run that knows when it started: that day, whatever the folder's pieces say
    retimed = {**json.loads(lines[0]), "seconds": 9.5, "at": "2026-12-07T00:55:39Z"}
    (again / "notebooks.jsonl").write_text(json.dumps(retimed) + "\n")
    bench.record(again)
    rows = (tmp_path / "notebook-times.csv").read_text().splitlines()
    assert rows[0].endswith(",runs,customers,events,date")
    assert rows[1:] == ["01-the-lie,fast,12.0,24.0,,,,1.20,1.5,3,,,2026-12-05",
                        "01-the-lie,full,9.5,130.3,,,,3.40,2.0,1,,,2026-12-07",
                        "02-the-crash,fast,18.2,31.3,,,,2.39,2.16,3,,,2026-12-05"]
    meta = json.loads((tmp_path / "notebook-times.meta.json").read_text())
    assert meta["parameters"]["results"] == ["again", "results"] and meta["parameters"]["kernel_results"] == "again"


def test_the_work_cell_reads_exactly_what_the_engine_simulated_in_the_notebooks_kernel(tmp_path):
    """bench/notebooks.py's extra cell, in a real java kernel after a notebook of known work."""
    import nbformat  # noqa: PLC0415

    classpath = nbrun.ROOT / "lib" / "target" / "classpath"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(f"%classpath {classpath}/*\n"
                                          "import brokerlab.model.*;\nimport brokerlab.experiment.*;\nimport brokerlab.sim.*;"),
                # 3 replications of 200 warm-up and 1,000 measured customers on the recursion: 3,600 customers, no events
                nbformat.v4.new_code_cell("Station.mmc(3.6, 1, 4).engine(Engine.RECURSION).simulate()"
                                          ".length(RunLength.customers(200, 1_000)).replications(3).seed(1).run();"),
                # a bare simulator firing 7 events
                nbformat.v4.new_code_cell("var sim = new Simulator();\n"
                                          "for (int i = 0; i < 7; i++) sim.schedule(i, () -> { });\nsim.run();")]
    path = tmp_path / "work.ipynb"
    nbformat.write(nb, path)
    executed = nbrun.execute(path, fast=True, epilogue=bench.WORK_CELL, timeout=120)
    assert not nbrun.error_outputs(executed)
    assert bench.simulated_work(executed.cells[-1]) == {"customers": 3_600, "events": 7}
    # and where the kernel's CPU went, by thread: JShell compiled these cells, the JIT compiler compiled javac
    split = bench.kernel_cpu(executed.cells[-1])
    assert sorted(split) == ["cells_cpu_seconds", "compile_cpu_seconds", "jit_cpu_seconds"]
    assert split["compile_cpu_seconds"] > 0.1 and split["jit_cpu_seconds"] > 0.1, split
    assert len(nbformat.read(path, as_version=4).cells) == 3, "the work cell is never written to the notebook"


def stat(tid: int, name: str, ticks_user: int, ticks_system: int) -> str:
    """A /proc stat line: pid (comm) state, then fields 4..; utime and stime are fields 14 and 15."""
    fields = ["S"] + ["0"] * 10 + [str(ticks_user), str(ticks_system)] + ["0"] * 30
    return f"{tid} ({name}) " + " ".join(fields)


def test_the_kernel_cpu_split_counts_each_thread_once_and_ended_threads_as_the_cells():
    tick = os.sysconf("SC_CLK_TCK")
    ticks = [(1, "java", 100, 20), (2, "Shell-0", 250, 50), (3, "Shell-1", 8, 2), (4, "C2 CompilerThre", 300, 0),
             (5, "C1 CompilerThre", 150, 50), (6, "GC Thread#0", 30, 0), (7, "jjava-exec-abcd", 80, 20),
             (8, "ForkJoinPool.co", 200, 0), (9, "Thread-0", 20, 0), (10, "Thread-1", 5, 5), (11, "iothread-2", 10, 0)]
    total = sum(user + system for _, _, user, system in ticks) + 400    # and 4 s in threads that have ended
    text = ("simulated-work 1 2\n" + "".join(f"thread-stat {stat(*t)}\n" for t in ticks)
            + f"process-stat {stat(1, 'java', total, 0)}\n")
    split = bench.kernel_cpu({"outputs": [{"output_type": "stream", "text": text}]})
    # compile: both shell threads; JIT: C1 and C2; cells: the execution thread, the pool, an unnamed thread a cell
    # started (Thread-1; Thread-0 is the kernel's) and the ended threads; the kernel's own threads in none of them
    assert split == {"compile_cpu_seconds": round(310 / tick, 2), "jit_cpu_seconds": round(500 / tick, 2),
                     "cells_cpu_seconds": round((100 + 200 + 10 + 400) / tick, 2)}
    assert bench.kernel_cpu({"outputs": [{"output_type": "stream", "text": "simulated-work 1 2\n"}]}) == {}


def test_the_table_shows_counts_and_rates_and_a_dash_where_nothing_was_counted():
    rows = [{"notebook": "07-the-cost", "mode": "fast", "seconds": 10.0, "cpu_seconds": 17.0, "load_before": "1.4",
             "status": "ok", "customers": 0, "events": 1_630_000},
            {"notebook": "12-equations", "mode": "fast", "seconds": 11.0, "cpu_seconds": 18.0, "load_before": "1.6",
             "status": "error: x"}]
    text = bench.table(rows).splitlines()
    assert text[2].split()[5:9] == ["0", "1.63", "M", "0"] and "163 k" in text[2]
    assert text[3].split()[5:9] == ["-", "-", "-", "-"]
    assert bench.simulated_work({"outputs": [{"output_type": "stream", "text": "other\nsimulated-work 5 6\n"}]}) == \
        {"customers": 5, "events": 6}
    assert bench.simulated_work({"outputs": []}) == {}
