// Student's t distribution, for the 95% interval of a comparison (compare.ts). The comparison
// needs the quantile at fractional degrees of freedom as small as ~1 (Welch–Satterthwaite), where
// a normal approximation is far off (2.78 against 1.96 at df = 4), so it is computed exactly:
// the t CDF through the regularized incomplete beta function, inverted by Newton's method
// (bisection should rounding ever stall it).
//
// Why not a library: jStat's maintainers say they "just maintain the library" and its studentt
// functions have a history of precision issues; @stdlib/stats-base-dists-t-quantile is excellent
// but brings 232 packages for one function. The methods below are textbook ones, checked
// against SciPy at 45 points from df = 1 to 10^6 (fixtures/welch-reference.json).
//
// References:
// - Lanczos approximation of ln Γ, with Godfrey's g = 7, n = 9 coefficients (as in Press et al.,
//   Numerical Recipes, 3rd ed., §6.1; relative error below 1e-15 for positive arguments).
// - Regularized incomplete beta I_x(a, b) by its continued fraction, evaluated with the modified
//   Lentz method (Numerical Recipes, 3rd ed., §6.4 and §5.2; Abramowitz & Stegun 26.5.8).
// - The t CDF: P(T ≤ t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (Abramowitz & Stegun 26.7.1,
//   26.5.27).

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(z) for z > 0. */
export function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const x = z - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i]! / (x + i);
  const t = x + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_TERMS = 100_000;

/** The continued fraction of I_x(a, b), modified Lentz; converges fast for x < (a+1)/(a+b+2). */
function betaFraction(x: number, a: number, b: number): number {
  const clamp = (v: number) => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m += 1) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / clamp(1 + even * d);
    c = clamp(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / clamp(1 + odd * d);
    c = clamp(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) return h;
  }
  throw new Error(`The incomplete beta fraction did not converge (a=${a}, b=${b}, x=${x}).`);
}

/**
 * I_x(a, b), the regularized incomplete beta function. `y` is 1 − x, passed separately so that
 * a value of x near 1 loses no digits.
 */
export function incompleteBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const lnX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const lnY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * lnX + b * lnY);
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(y, b, a)) / b;
}

/** P(T > t) for t ≥ 0, with `df` degrees of freedom (any positive real). */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/** P(T ≤ t) with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  if (t === 0) return 0.5;
  const tail = upperTail(Math.abs(t), df);
  return t > 0 ? 1 - tail : tail;
}

/** The t density's logarithm at t, given ln of its normalising constant. */
function lnDensity(t: number, df: number, lnNorm: number): number {
  return lnNorm - ((df + 1) / 2) * Math.log1p((t * t) / df);
}

/** The normal z with P(Z > z) = tail (tail ≤ ½), to about 4.5e-4: a starting point only. */
function normalUpperGuess(tail: number): number {
  // Abramowitz & Stegun 26.2.23.
  const t = Math.sqrt(-2 * Math.log(tail));
  return (
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)))
  );
}

/**
 * Newton's method on the upper tail, from the Cornish–Fisher expansion of the quantile
 * (Abramowitz & Stegun 26.7.5, two terms). The tail is convex and falling for t ≥ 0, so from
 * any start the steps approach the root from below (after at most one step back from above) and
 * converge quadratically: a handful of tail evaluations, where bisection needs fifty. Null if
 * rounding stalls it, so the caller can bisect instead.
 */
function newtonUpper(tail: number, df: number): number | null {
  const lnNorm = lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const z = normalUpperGuess(tail);
  const z3 = z * z * z;
  let t = Math.max(
    0,
    z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df),
  );
  for (let i = 0; i < 100; i += 1) {
    const step = (upperTail(t, df) - tail) / Math.exp(lnDensity(t, df, lnNorm));
    if (!Number.isFinite(step)) return null;
    const next = Math.max(0, t + step);
    // Quadratic convergence: once a step is this small, the one just taken left an error of
    // about its square, below what the tail itself can resolve.
    if (Math.abs(next - t) <= 1e-9 * next) return next;
    t = next;
  }
  return null;
}

/** Bisection on the upper tail: slow, but it cannot miss. */
function bisectUpper(tail: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (upperTail(hi, df) > tail) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-14 * hi; i += 1) {
    const mid = (lo + hi) / 2;
    if (upperTail(mid, df) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The t with P(T ≤ t) = p, for 0 < p < 1 and df > 0: Newton's method on the upper tail, with
 * bisection should rounding stall it. Insights compare thousands of pairs at once (every sign,
 * person and tag by every dimension; every marker), so the quantile must cost microseconds.
 * Relative precision about 1e-12 up to df = 10^4 and 1e-9 at 10^6 (where the ln Γ differences
 * lose digits), far finer than any interval is shown.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be between 0 and 1, not ${p}.`);
  if (!(df > 0)) throw new RangeError(`Degrees of freedom must be positive, not ${df}.`);
  if (p === 0.5) return 0;
  const tail = p > 0.5 ? 1 - p : p;
  const t = newtonUpper(tail, df) ?? bisectUpper(tail, df);
  return p > 0.5 ? t : -t;
}
