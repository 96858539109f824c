#!/usr/bin/env python3
"""Prints the median wall time, in milliseconds, of RUNS runs of a command (output discarded).
Usage: median-ms.py RUNS COMMAND [ARGS...]"""
import statistics, subprocess, sys, time

runs, command = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(times):.1f}")
