#!/usr/bin/env python3
"""tools/screen_switches on the small agents scenario: groups add sets, -KEY drops one, a bad key is a
row with its error, a drop that drops nothing stops the screen, and a second run reads the cache.
  screen_switches_test.py SANCSIM_BIN SOURCE_DIR"""
import os
import re
import subprocess
import sys
import tempfile

sancsim, source = sys.argv[1], sys.argv[2]
tool = os.path.join(source, "tools", "screen_switches")


def screen(tmp, text, *extra):
    path = os.path.join(tmp, "test.screen")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return subprocess.run(
        [sys.executable, tool, path, "--bin", sancsim, "--seeds", "1", "--cache", os.path.join(tmp, "cache"),
         "--scenario", os.path.join(source, "scenarios", "test", "small.toml"),
         "--targets", os.path.join(source, "scenarios", "test", "calibration", "small_targets.toml"),
         "--keys", "urals_discount_usd_per_bbl@2022-01..2022-11=discount", *extra],
        capture_output=True, text=True, check=False)


with tempfile.TemporaryDirectory() as tmp:
    done = screen(tmp, """@base economy.model="agents"  # every row
@group g | economy.attrition_before_shedding=true | economy.markup_on_demand=true
ref |
both | +g
one | +g | -economy.markup_on_demand
bad | economy.bogus=1
""")
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ") and "---" not in line]
    cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows]
    assert [c[0] for c in cells] == ["configuration", "ref", "both", "one", "bad"], cells
    for c in cells[1:4]:
        assert re.fullmatch(r"\d of 3", c[1]), c  # the agents-only target is checked too
        assert float(c[2]) > 0, c  # the impossible target lies outside its band
    assert "error:" in cells[4][1] and "unknown key" in cells[4][1], cells[4]
    sets = {line.split(":")[0][2:]: line for line in done.stdout.splitlines() if line.startswith("- ")}
    assert "attrition_before_shedding=true" in sets["both"] and "markup_on_demand=true" in sets["both"]
    assert "attrition_before_shedding=true" in sets["one"] and "markup_on_demand" not in sets["one"]
    assert "(the reference)" in sets["ref"]
    cached = sorted(os.listdir(os.path.join(tmp, "cache")))
    assert len(cached) == 3, cached  # three runs; the bad key wrote nothing

    again = screen(tmp, open(os.path.join(tmp, "test.screen"), encoding="utf-8").read(), "--only", "one")
    assert again.returncode == 0 and sorted(os.listdir(os.path.join(tmp, "cache"))) == cached
    labels = [r.split("|")[1].strip() for r in again.stdout.splitlines() if r.startswith("| ") and "---" not in r]
    assert labels == ["configuration", "ref", "one"], labels

    # --paths: the history run's series beyond the targets (a month, a mean of months, a change between two
    # months); a series the run does not write is n/a. The run is cached beside the calibrations.
    traced = screen(tmp, "ref |\n", "--path-keys", "unemployment_pct@2022-09=u,key_rate_pct@2022-06..2022-08=k,"
                    "cpi_yoy_pct@2022-06>2022-12=dcpi,bogus_series@2022-09=b")
    assert traced.returncode == 0, traced.stderr
    table = [[c.strip() for c in r.strip("|").split("|")] for r in traced.stdout.splitlines()
             if r.startswith("| ") and "---" not in r]
    assert table[0][-5:-1] == ["u (seed 1)", "k (seed 1)", "dcpi (seed 1)", "b (seed 1)"], table[0]
    u, k, dcpi, bogus = table[1][-5:-1]
    assert 0 < float(u) < 30 and 0 < float(k) < 50 and bogus == "n/a", table[1]
    float(dcpi)
    assert any(name.startswith("run-") for name in os.listdir(os.path.join(tmp, "cache")))
    cached = sorted(os.listdir(os.path.join(tmp, "cache")))

    stop = screen(tmp, "ref |\nx | -economy.markup_on_demand\n")
    assert stop.returncode != 0 and "drops nothing" in stop.stderr, stop
    # Forward selection: from the reference, rows are candidates. A target met only with the Bank's floor at
    # 10% makes "floor" the one step; "attrition" adds no target, and the bad key is skipped.
    targets = os.path.join(tmp, "greedy_targets.toml")
    with open(targets, "w", encoding="utf-8") as f:
        f.write('''calibration_windows = ["2015-01..2022-11"]
[[target]]
quantity = "Key rate"
series = "key_rate_pct"
window = "2022-06..2022-11"
data = "a floor"
band = [9.9, 50]
source = "test"
''')
    path = os.path.join(tmp, "greedy.screen")
    with open(path, "w", encoding="utf-8") as f:
        f.write('''ref |
attrition | economy.attrition_before_shedding=true
floor | state.cbr.min_rate_pct=10
bad | economy.bogus=1
''')
    picked = subprocess.run(
        [sys.executable, tool, path, "--greedy", "--bin", sancsim, "--seeds", "1", "--cache",
         os.path.join(tmp, "cache"), "--scenario", os.path.join(source, "scenarios", "test", "small.toml"),
         "--targets", targets], capture_output=True, text=True, check=False)
    assert picked.returncode == 0, picked.stderr
    steps = [[c.strip() for c in r.strip("|").split("|")] for r in picked.stdout.splitlines()
             if r.startswith("| ") and "---" not in r][1:]
    assert [s[:3] for s in steps] == [["0", "ref", "0"], ["1", "floor", "1"]], steps
    chosen = [line for line in picked.stdout.splitlines() if line.startswith("- chosen: ")]
    assert chosen == ["- chosen: --set 'state.cbr.min_rate_pct=10'"], chosen
print("screen_switches: ok")
