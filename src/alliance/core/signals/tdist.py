"""Critical values of Student's t as exact rationals (one-sided upper tail), for the tests the rules make.

Each value is the quantile rounded *up* at the fourth decimal, so a test "t beyond the critical value" is
never more lenient than the nominal level. Computed from the regularised incomplete beta function and
checked against published tables (e.g. t(0.99; 5) = 3.3649, t(0.975; 5) = 2.5706).
"""

from __future__ import annotations

from fractions import Fraction

# one-sided tail probability -> critical values for 1..30 degrees of freedom
_TABLE: dict[str, tuple[str, ...]] = {
    "0.05": ("6.3138", "2.92", "2.3534", "2.1319", "2.0151", "1.9432", "1.8946", "1.8596", "1.8332", "1.8125",
             "1.7959", "1.7823", "1.771", "1.7614", "1.7531", "1.7459", "1.7397", "1.7341", "1.7292", "1.7248",
             "1.7208", "1.7172", "1.7139", "1.7109", "1.7082", "1.7057", "1.7033", "1.7012", "1.6992", "1.6973"),
    "0.025": ("12.7063", "4.3027", "3.1825", "2.7765", "2.5706", "2.447", "2.3647", "2.3061", "2.2622", "2.2282",
              "2.201", "2.1789", "2.1604", "2.1448", "2.1315", "2.12", "2.1099", "2.101", "2.0931", "2.086",
              "2.0797", "2.0739", "2.0687", "2.0639", "2.0596", "2.0556", "2.0519", "2.0485", "2.0453", "2.0423"),
    "0.01": ("31.8206", "6.9646", "4.5408", "3.747", "3.365", "3.1427", "2.998", "2.8965", "2.8215", "2.7638",
             "2.7181", "2.681", "2.6504", "2.6245", "2.6025", "2.5835", "2.567", "2.5524", "2.5395", "2.528",
             "2.5177", "2.5084", "2.4999", "2.4922", "2.4852", "2.4787", "2.4727", "2.4672", "2.4621", "2.4573"),
    "0.005": ("63.6568", "9.9249", "5.841", "4.6041", "4.0322", "3.7075", "3.4995", "3.3554", "3.2499", "3.1693",
              "3.1059", "3.0546", "3.0123", "2.9769", "2.9468", "2.9208", "2.8983", "2.8785", "2.861", "2.8454",
              "2.8314", "2.8188", "2.8074", "2.797", "2.7875", "2.7788", "2.7707", "2.7633", "2.7564", "2.75"),
    "0.001": ("318.3089", "22.3272", "10.2146", "7.1732", "5.8935", "5.2077", "4.7853", "4.5008", "4.2969",
              "4.1438", "4.0248", "3.9297", "3.852", "3.7874", "3.7329", "3.6862", "3.6458", "3.6105", "3.5795",
              "3.5519", "3.5272", "3.505", "3.485", "3.4668", "3.4502", "3.435", "3.4211", "3.4082", "3.3963",
              "3.3852"),
}
TAILS: tuple[Fraction, ...] = tuple(sorted(Fraction(p) for p in _TABLE))
MAX_DF = 30
_VALUES: dict[Fraction, tuple[Fraction, ...]] = {
    Fraction(p): tuple(Fraction(v) for v in vs) for p, vs in _TABLE.items()
}


def tabulated_tail(p: Fraction) -> Fraction:
    """The largest tabulated tail probability not above p (the test at it is at least as strict as p)."""
    below = [t for t in TAILS if t <= p]
    if not below:
        raise ValueError(f"no tabulated tail probability at or below {p}")
    return below[-1]


def t_critical(p: Fraction, df: int) -> Fraction:
    """The t value with upper-tail probability p (tabulated, rounded up) for df degrees of freedom."""
    if not 1 <= df <= MAX_DF:
        raise ValueError(f"degrees of freedom {df} outside 1..{MAX_DF}")
    return _VALUES[tabulated_tail(p)][df - 1]
