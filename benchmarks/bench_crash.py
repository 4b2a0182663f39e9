"""The library under kill -9 and under adds at once, with real `zoneview` processes.

    python benchmarks/bench_crash.py [--kills 50] [--rounds 10] [--at-once 20] [--seed 1]

Crashes: `zoneview add` and `zoneview remove`, in turn, are killed with SIGKILL at a random moment of
their run (uniform over the time the same command took, unkilled, in this run: the baseline). The next
command (`zoneview list --json`) must open the library and show every report that was committed: the
ones before, plus the added one or minus the removed one if the killed command had committed, whole
(`zoneview check` says ok), with no hot journal left beside it. A later `add` removes the killed run's
temp folder. Target: every kill recovered (50/50).

Adds at once: --at-once `zoneview add` processes start together on one library, two for each report
(so each report is added by two processes at once), --rounds times: every other round the library is
made by the adds themselves, the others it was made before (and holds the bundled report only).
Each report must be in the library once, and each command's message true: one of each pair says
"added … as document N", the other "already in the library: … is document N", N is the document
holding that report, and `check` says ok. Target: every round (10/10), every message (200/200).

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted(
    {*(ROOT / "tests" / "corpus").glob("*.txt"), *(ROOT / "tests" / "corpus" / "series").glob("*.txt")}
)


def zoneview(*args: str | Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "zoneview", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def run(*args: str | Path, env: dict[str, str]) -> tuple[int, str, str]:
    child = zoneview(*args, env=env)
    out, err = child.communicate(timeout=600)
    return child.returncode, out, err


def documents(db: Path, env: dict[str, str]) -> tuple[dict[str, int] | None, str]:
    """sha256 -> id of the library's documents, as `zoneview list --json` says; None and why if it fails."""
    code, out, err = run("list", "--json", "--db", db, env=env)
    if code != 0:
        return None, err.strip() or out.strip()
    return {d["sha256"]: d["id"] for d in json.loads(out)}, ""


def hot_journal(db: Path) -> bool:
    """A rollback journal beside `db` that SQLite would play back: its header begins with the magic
    number. A journal is written with a zero header until it is synced, just before the database
    file is first written: killed before then, the journal is not hot, and the file is untouched."""
    try:
        return Path(f"{db}-journal").read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
    except FileNotFoundError:
        return False


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crashes(folder: Path, kills: int, rng: random.Random, env: dict[str, str]) -> None:
    db = folder / "crash.db"
    temp = Path(env["TMPDIR"])
    pool = REPORTS[:12]
    code, _, err = run("add", *pool[:3], "--db", db, env=env)
    assert code == 0, err
    # the baseline: how long an add and a remove take, unkilled, here and now
    began = time.perf_counter()
    code, out, err = run("add", pool[3], "--db", db, env=env)
    add_seconds = time.perf_counter() - began
    assert code == 0, err
    new_id = int(re.search(r"as document (\d+)", out).group(1))
    began = time.perf_counter()
    code, _, err = run("remove", str(new_id), "--db", db, env=env)
    remove_seconds = time.perf_counter() - began
    assert code == 0, err
    print(f"baseline: add {add_seconds:.2f} s, remove {remove_seconds:.2f} s (unkilled, this run)")

    results = {"add": [0, 0], "remove": [0, 0]}  # killed, recovered
    late = stale = 0
    problems: list[str] = []
    attempts = 0
    while sum(k for k, _ in results.values()) < kills and attempts < 3 * kills:
        attempts += 1
        before, why = documents(db, env)
        if before is None:
            problems.append(f"before attempt {attempts}: {why}")
            break
        bundled = min(before.values())
        ours = [i for i in before.values() if i != bundled]
        missing = [p for p in pool if sha(p) not in before]
        op = "add" if (attempts % 2 and missing) or not ours else "remove"
        if op == "add":
            path = rng.choice(missing)
            child = zoneview("add", path, "--db", db, env=env)
            moment = rng.uniform(0, add_seconds)
            after_commit = {**before, sha(path): -1}
        else:
            gone = rng.choice(ours)
            child = zoneview("remove", str(gone), "--db", db, env=env)
            moment = rng.uniform(0, remove_seconds)
            after_commit = {s: i for s, i in before.items() if i != gone}
        time.sleep(moment)
        if child.poll() is not None:
            late += 1  # it finished first: no crash to recover from
            child.communicate()
            continue
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()
        results[op][0] += 1
        after, why = documents(db, env)  # the next command
        as_committed = after is not None and set(after) == set(after_commit)
        as_committed = as_committed and all(after[s] == i for s, i in after_commit.items() if i != -1)
        committed = after == before or as_committed
        code, out, err = run("check", "--db", db, env=env)
        whole = code == 0 and not hot_journal(db)
        stale += not hot_journal(db) and Path(f"{db}-journal").exists()
        if committed and whole:
            results[op][1] += 1
        else:
            listed = why or sorted(after.values()) if after is not None else why
            journal = "a hot journal left" if hot_journal(db) else "no hot journal"
            said = (err.strip() or out.strip()).splitlines()[:2]
            problems.append(f"{op} killed at {moment:.2f} s: list {listed}; check {code}: {said}; {journal}")
    leftover_before = len(list(temp.glob("zoneview-run-*")))
    run("add", pool[0], "--db", db, env=env)  # a later add clears the temp folders of killed runs
    leftover = len(list(temp.glob("zoneview-run-*")))
    killed = sum(k for k, _ in results.values())
    recovered = sum(r for _, r in results.values())
    print(f"kill -9: {killed} kills ({results['add'][0]} during add, {results['remove'][0]} during remove; "
          f"{late} runs ended before their kill); next command recovered the library with every committed "
          f"report: {recovered}/{killed} (add {results['add'][1]}/{results['add'][0]}, remove "
          f"{results['remove'][1]}/{results['remove'][0]})  target {killed}/{killed}")  # fmt: skip
    print(f"killed runs' temp folders: {leftover_before} before a later add, {leftover} after it  target 0")
    print(f"a journal begun but never used (its header still zero, so not hot: the file was not yet "
          f"written) was left beside the library after {stale} kills; the next change reuses it")  # fmt: skip
    for problem in problems[:10]:
        print(f"  problem: {problem}")


def at_once(folder: Path, rounds: int, processes: int, env: dict[str, str]) -> None:
    reports = REPORTS[: max(1, processes // 2)]
    good_rounds = 0
    true_messages = 0
    kept_once = 0
    problems: list[str] = []
    took = []
    for round_ in range(rounds):
        db = folder / f"at-once-{round_}.db"
        if round_ % 2:  # every other round on a library made before; else the adds make it
            run("add", "--db", db, REPORTS[-1], env=env)
            run("remove", "2", "--db", db, env=env)
        began = time.perf_counter()
        children = [(path, zoneview("add", path, "--db", db, env=env)) for path in [*reports, *reports]][
            :processes
        ]
        said = [(path, *child.communicate(timeout=900), child.returncode) for path, child in children]
        took.append(time.perf_counter() - began)
        listed, why = documents(db, env)
        ok = listed is not None
        for path in reports:
            held = listed.get(sha(path)) if listed else None
            kept_once += held is not None
            mine = [(out, code) for p, out, _err, code in said if p == path]
            claims = [re.search(r"(added|already in the library).* document (\d+)", out) for out, _ in mine]
            kinds = sorted(c.group(1) for c in claims if c)
            pair_right = kinds == ["added", "already in the library"][: len(mine)]  # one added it
            for (_, code), claim in zip(mine, claims, strict=True):
                true = code == 0 and claim is not None and int(claim.group(2)) == held and pair_right
                true_messages += true
                ok = ok and true
            if not pair_right or held is None:
                problems.append(f"round {round_ + 1}, {path.name}: {[o.strip() for o, _ in mine]}")
        if listed is not None:
            ok = ok and len(listed) == 1 + len(reports)
        code, _, _ = run("check", "--db", db, env=env)
        ok = ok and code == 0
        good_rounds += ok
        if not ok and listed is None:
            problems.append(f"round {round_ + 1}: list failed: {why}")
    total = rounds * len(reports)
    print(f"adds at once ({processes} processes, two for each of {len(reports)} reports), {rounds} rounds: "
          f"every report once and every message true in {good_rounds}/{rounds} rounds "
          f"(target {rounds}/{rounds}); "
          f"true messages {true_messages}/{2 * total}; reports kept once {kept_once}/{total}; "
          f"a round takes {min(took):.1f}-{max(took):.1f} s")  # fmt: skip
    for problem in problems[:10]:
        print(f"  problem: {problem}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--at-once", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zoneview-crash-") as tmp:
        folder = Path(tmp)
        temp = folder / "tmp"
        temp.mkdir()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "TMPDIR": str(temp),
            "ZONEVIEW_DATA_HOME": str(folder / "data"),
        }
        if args.kills:
            crashes(folder, args.kills, random.Random(args.seed), env)
        if args.rounds:
            at_once(folder, args.rounds, args.at_once, env)


if __name__ == "__main__":
    main()
