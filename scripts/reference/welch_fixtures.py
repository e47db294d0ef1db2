"""Reference values for Twofold's comparison of two sets of ratings (main/core/trends/compare.ts).

Computed outside Twofold, with SciPy, so the TypeScript is checked against an independent
implementation. Run from the repository root to regenerate the fixture:

    python3 scripts/reference/welch_fixtures.py > main/core/trends/fixtures/welch-reference.json
    npx prettier --write main/core/trends/fixtures/welch-reference.json

Every case states where it came from. Rating sets are drawn with a fixed NumPy seed, rounded and
clipped to the 1-7 scale the journal stores, and then fixed in the file: the test reads the
values, never the generator.
"""

import json
import sys

import numpy as np
import scipy
from scipy import stats


def welch(before, after):
    # `after - before`, as Twofold reports it: SciPy's first sample is the later period.
    result = stats.ttest_ind(after, before, equal_var=False)
    ci = result.confidence_interval(0.95)
    return {
        "difference": float(np.mean(after) - np.mean(before)),
        "df": float(result.df),
        "interval": [float(ci.low), float(ci.high)],
    }


def ratings(rng, mean, spread, n):
    return [int(v) for v in np.clip(np.rint(rng.normal(mean, spread, n)), 1, 7)]


def main():
    rng = np.random.default_rng(20261114)
    same_before = ratings(rng, 4.0, 1.0, 30)
    same_after = ratings(rng, 4.0, 1.0, 30)
    up_before = ratings(rng, 3.5, 1.0, 30)
    up_after = ratings(rng, 5.5, 1.0, 30)
    down_before = ratings(rng, 5.0, 1.5, 12)
    down_after = ratings(rng, 3.0, 1.5, 9)

    # Student's sleep data (Cushny & Peebles 1905, in Student 1908), as in R's `?t.test`
    # example `t.test(extra ~ group, data = sleep)`, whose documented output reads:
    # "t = -1.8608, df = 17.776, p-value = 0.07939; 95 percent confidence interval:
    # -3.3654832 0.2054832" (for group 1 minus group 2; here after = group 2, before = group 1).
    sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

    cases = [
        {
            "name": "textbook: Student's sleep data, R t.test documentation",
            "source": "R ?t.test example t.test(extra ~ group, data = sleep): df = 17.776, "
            "95% CI -3.3654832 0.2054832 for group 1 - group 2; checked here with SciPy",
            "before": sleep1,
            "after": sleep2,
            "verdict": "no clear change",
            **welch(sleep1, sleep2),
        },
        {
            "name": "3 vs 3 ratings, far apart",
            "source": "hand-written; SciPy's interval excludes 0, but 3 ratings a side are too few",
            "before": [1, 2, 1],
            "after": [7, 6, 7],
            "verdict": "not enough ratings",
            **welch([1, 2, 1], [7, 6, 7]),
        },
        {
            "name": "30 vs 30 from the same distribution",
            "source": "NumPy default_rng(20261114), normal(4, 1) rounded to 1-7, both sides",
            "before": same_before,
            "after": same_after,
            "verdict": "no clear change",
            **welch(same_before, same_after),
        },
        {
            "name": "30 vs 30, a difference of 2 with spread 1",
            "source": "NumPy default_rng(20261114), normal(3.5, 1) then normal(5.5, 1), rounded to 1-7",
            "before": up_before,
            "after": up_after,
            "verdict": "higher",
            **welch(up_before, up_after),
        },
        {
            "name": "12 vs 9, unequal sizes, lower",
            "source": "NumPy default_rng(20261114), normal(5, 1.5) then normal(3, 1.5), rounded to 1-7",
            "before": down_before,
            "after": down_after,
            "verdict": "lower",
            **welch(down_before, down_after),
        },
    ]
    for case in cases:
        lo, hi = case["interval"]
        excludes = lo > 0 or hi < 0
        enough = len(case["before"]) >= 5 and len(case["after"]) >= 5
        expected = (
            "not enough ratings"
            if not enough
            else ("higher" if lo > 0 else "lower") if excludes else "no clear change"
        )
        if expected != case["verdict"]:
            raise SystemExit(f"{case['name']}: SciPy says {expected}, the fixture says {case['verdict']}")

    dfs = [1, 1.5, 2, 3, 4, 4.7, 5, 7.3, 10, 17.776473516178488, 29.5, 58, 120, 1000, 1e6]
    quantiles = [
        {"df": df, "p": p, "t": float(stats.t.ppf(p, df))} for df in dfs for p in (0.975, 0.995, 0.6)
    ]

    json.dump(
        {
            "about": "Reference values from SciPy "
            + scipy.__version__
            + " (scipy.stats.ttest_ind(after, before, equal_var=False) and its "
            "confidence_interval(0.95); scipy.stats.t.ppf), made by scripts/reference/welch_fixtures.py",
            "welch": cases,
            "studentTQuantiles": quantiles,
        },
        sys.stdout,
        indent=2,
    )
    sys.stdout.write("\n")


main()
