#!/usr/bin/env python3
"""Where the search index's delete cost lands when retention prunes (issue 16, item 2).

The pruner's commits on SQLite carry an FTS5 delete per pruned output (the trigger of migration
14), and every so often an FTS5 segment merge: the claims' tail while pruning. This measures, on
an FTS5 table of the product's shape (detail=none, columnsize=0, unicode61, 8 MiB hash, automerge
8) with N documents of ~100 distinct words, what each transaction costs when:

  trigger  the delete runs in the prune's transaction (what ships);
  queued   the trigger only records the dead id, and a later step (the store writer's idle
           index step) deletes a chunk of them from the index;
  merge    as queued, with automerge 0 and a bounded ('merge', PAGES) step after each chunk.

    bench/prune_bench/fts_deletes.py [--docs 200000] [--dir /tmp/fts_deletes]

Python's sqlite3 (the system SQLite, as the product's Qt driver uses). Prints p50/p90/p99/max
of the transactions' wall time per kind. Single-threaded: it shows where the cost goes and how
big each lock hold is, not how claims interleave (prune_bench/run.sh measures that).
"""

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import time


def quantiles(values):
    v = sorted(values)
    pick = lambda f: v[min(len(v) - 1, int(len(v) * f))]
    return "p50 %.1f p90 %.1f p99 %.1f max %.1f ms, mean %.2f ms, n %d" % (
        pick(0.5), pick(0.9), pick(0.99), v[-1], statistics.mean(v), len(v))


def fill(path, docs):
    random.seed(1)
    vocabulary = ["w%d" % i for i in range(2000)]
    c = sqlite3.connect(path)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("CREATE TABLE ex (id INTEGER PRIMARY KEY AUTOINCREMENT, out BLOB)")
    c.execute("CREATE VIRTUAL TABLE s USING fts5(body, tokenize = 'unicode61 remove_diacritics 0',"
              " detail = none, columnsize = 0)")
    c.execute("INSERT INTO s (s, rank) VALUES ('hashsize', 8388608)")
    c.execute("INSERT INTO s (s, rank) VALUES ('automerge', 8)")
    for first in range(0, docs, 2000):
        rows = []
        for i in range(first, min(docs, first + 2000)):
            words = {random.choice(vocabulary) for _ in range(100)}
            words |= {"req%d" % i, "host%d" % (i % 1000)}
            rows.append((i + 1, " ".join(sorted(words))))
        c.executemany("INSERT INTO ex (id, out) VALUES (?, ?)", rows)
        c.executemany("INSERT INTO s (rowid, body) VALUES (?, ?)", rows)
        c.commit()
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()


def timed(c, statements):
    start = time.perf_counter()
    c.execute("BEGIN IMMEDIATE")
    for sql, args in statements:
        c.execute(sql, args)
    c.execute("COMMIT")
    return (time.perf_counter() - start) * 1000


def run(base, work, mode, per_prune, prunes, chunk, merge_pages=0):
    shutil.copyfile(base, work)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)
    c = sqlite3.connect(work, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    # The daemon checkpoints outside the write lock; keep checkpoints out of these timings too.
    c.execute("PRAGMA wal_autocheckpoint=0")
    segments_before = c.execute("SELECT COUNT(DISTINCT segid) FROM s_idx").fetchone()[0]
    if mode == "trigger":
        c.execute("CREATE TRIGGER gone AFTER DELETE ON ex BEGIN "
                  "DELETE FROM s WHERE rowid = old.id; END")
    else:
        c.execute("CREATE TABLE removed (id INTEGER PRIMARY KEY)")
        c.execute("CREATE TRIGGER gone AFTER DELETE ON ex BEGIN "
                  "INSERT INTO removed (id) VALUES (old.id); END")
    if merge_pages:
        c.execute("INSERT INTO s (s, rank) VALUES ('automerge', 0)")
        c.execute("INSERT INTO s (s, rank) VALUES ('crisismerge', 64)")
    pruning, indexing, merging = [], [], []
    next_id = 1
    for _ in range(prunes):
        pruning.append(timed(c, [("DELETE FROM ex WHERE id >= ? AND id < ?",
                                  (next_id, next_id + per_prune))]))
        next_id += per_prune
        if mode == "trigger":
            continue
        if c.execute("SELECT COUNT(*) FROM removed").fetchone()[0] >= chunk:
            ids = ",".join(str(r[0]) for r in
                           c.execute("SELECT id FROM removed ORDER BY id LIMIT ?", (chunk,)))
            indexing.append(timed(c, [("DELETE FROM s WHERE rowid IN (%s)" % ids, ()),
                                      ("DELETE FROM removed WHERE id IN (%s)" % ids, ())]))
            if merge_pages:
                merging.append(timed(c, [("INSERT INTO s (s, rank) VALUES ('merge', ?)",
                                          (merge_pages,))]))
    segments = c.execute("SELECT COUNT(DISTINCT segid) FROM s_idx").fetchone()[0]
    start = time.perf_counter()
    c.execute("SELECT COUNT(*) FROM s WHERE s MATCH 'req199999'").fetchone()
    search_ms = (time.perf_counter() - start) * 1000
    label = mode + (" %d pages" % merge_pages if merge_pages else "")
    print("%-16s prune commits (%d runs each): %s" % (label, per_prune, quantiles(pruning)))
    if indexing:
        print("%-16s index steps (%d ids each):   %s" % ("", chunk, quantiles(indexing)))
    if merging:
        print("%-16s merge steps:                %s" % ("", quantiles(merging)))
    print("%-16s index segments after: %d (before: %d); a rare word's search %.1f ms"
          % ("", segments, segments_before, search_ms))
    c.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200000)
    parser.add_argument("--dir", default="/tmp/fts_deletes")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    base = os.path.join(args.dir, "base-%d.db" % args.docs)
    if not os.path.exists(base):
        fill(base, args.docs)
    work = os.path.join(args.dir, "work.db")
    print("SQLite %s, %d documents of ~100 words" % (sqlite3.sqlite_version, args.docs))
    run(base, work, "trigger", 50, 1200, 0)
    run(base, work, "queued", 50, 1200, 64)
    run(base, work, "merge", 50, 1200, 64, merge_pages=16)
    run(base, work, "merge", 50, 1200, 64, merge_pages=50)
    shutil.rmtree(args.dir)


if __name__ == "__main__":
    main()
