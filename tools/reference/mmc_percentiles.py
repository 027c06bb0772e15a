"""Reference values for brokerlab.analytic.MMc at high load, printed to 20 significant digits (mpmath, 60-digit arithmetic).

Run: python3 tools/reference/mmc_percentiles.py   (needs mpmath; the numbers are pasted into
lib/src/test/java/brokerlab/analytic/MMcHighLoadTest.java with this derivation).

Independent of the Java closed form in two ways:
  * Erlang C from its defining sum, C = (a^c/c!) (c/(c-a)) / (sum_{k<c} a^k/k! + (a^c/c!) c/(c-a)),
    summed term by term in 60-digit arithmetic (no Erlang B recursion);
  * the response tail P(T > t) by numerical convolution rather than the two-exponential closed form:
    T = Wq + S with Wq = 0 w.p. 1 - C, else Exp(theta) (theta = c mu - lambda), and S ~ Exp(mu) independent, so
    P(T > t) = P(S > t) + P(S <= t, Wq > t - S) = e^{-mu t} + C int_0^t mu e^{-mu s} e^{-theta (t - s)} ds,
    integrated by mpmath.quad (tanh-sinh) and inverted by bisection on log P(T > t) - log(1 - q).
Each case is (lambda, mu, c) given as exact binary doubles (the same doubles the Java test passes).
"""
from mpmath import mp, mpf, quad, exp, log

mp.dps = 60


def erlang_c(c, a):
    # terms a^k/k! built by a ratio recurrence, all in 60-digit arithmetic
    term, total = mpf(1), mpf(0)
    for k in range(c):
        total += term
        term = term * a / (k + 1)
    top = term * c / (c - a)          # term is now a^c/c!
    return top / (total + top)


def tail(t, C, lam, mu, c):
    theta = c * mu - lam
    conv = quad(lambda s: mu * exp(-mu * s) * exp(-theta * (t - s)), [0, t / 2, t])
    return exp(-mu * t) + C * conv


def percentile(q, lam, mu, c):
    lam, mu = mpf(lam), mpf(mu)
    assert lam < c * mu, "unstable case"
    a = lam / mu
    C = erlang_c(c, a)
    theta = c * mu - lam
    target = log(1 - mpf(q))
    # the wait-dominated guess ln(C/(1-q))/theta brackets the root within a factor of a few
    guess = max(log(C / (1 - mpf(q))) / theta, mpf(1) / mu)
    lo, hi = mpf(0), guess * 4 + 10 / mu
    f = lambda t: log(tail(t, C, lam, mu, c)) - target
    while f(hi) > 0:
        hi *= 2
    for _ in range(200):                 # bisection on log tail: slow but unconditionally safe
        mid = (lo + hi) / 2
        if f(mid) > 0:
            lo = mid
        else:
            hi = mid
        if hi - lo < hi * mpf(10) ** -30:
            break
    return C, (lo + hi) / 2


CASES = [
    # (label, lambda, mu, c, q)
    ("M/M/1 rho=0.99", 0.99, 1.0, 1, 0.99),
    ("M/M/1 rho=1-1e-9", 1 - 1e-9, 1.0, 1, 0.99),
    ("M/M/2 theta=mu (lambda=mu)", 1.0, 1.0, 2, 0.99),
    ("M/M/2 near theta=mu (lambda=0.99)", 0.99, 1.0, 2, 0.99),
    ("M/M/3 near theta=mu (lambda=1.99)", 1.99, 1.0, 3, 0.99),
    ("M/M/2 theta=mu(1+1e-12)", 1.0 - 1e-12, 1.0, 2, 0.999),
    ("M/M/4 rho=0.9975", 4 * 0.9975, 1.0, 4, 0.99),
    ("M/M/1000 rho=0.99999", 1000 * 0.99999, 1.0, 1000, 0.99),
    ("M/M/1000 rho=0.99999 q=0.5", 1000 * 0.99999, 1.0, 1000, 0.5),
    ("M/M/10000 rho=1-1e-9", 10000 * (1 - 1e-9), 1.0, 10000, 0.99),
    ("M/M/10000 rho=0.5", 5000.0, 1.0, 10000, 0.99),
    ("M/M/50 rho=0.9 mu=2/3 q=1-1e-12", 30.0, 2.0 / 3, 50, 1 - 1e-12),
]

if __name__ == "__main__":
    for label, lam, mu, c, q in CASES:
        C, p = percentile(q, lam, mu, c)
        print(f"{label}: lambda={lam!r} mu={mu!r} c={c} q={q!r}  C={mp.nstr(C, 20)}  p={mp.nstr(p, 20)}")
