package dev.opsdojo.sim.deploy;

/**
 * The standard normal distribution: {@code erfc}, the CDF, its upper tail and its inverse, in plain Java.
 *
 * <p>Why not a library: the app ships as a jlinked runtime image, and jlink only takes named modules. Apache
 * Commons Math and Commons Statistics are automatic modules (no {@code module-info}), so they cannot go into the
 * image; the few functions an A/B test needs are written out here instead, from published algorithms:
 * <ul>
 * <li>{@link #erfc(double)}: W. J. Cody's rational Chebyshev approximations (CALERF, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631–637; the coefficients of the netlib SPECFUN
 * routine). Relative error near the double precision limit over the whole range, including the far tail that a
 * p-value needs ({@code 1 − erf} would cancel to 0 beyond about 6 standard deviations).</li>
 * <li>{@link #quantile(double)}: Peter J. Acklam's rational approximation (relative error below 1.15e-9), then one
 * Halley step against {@link #cdf(double)}, which brings it to about full double precision.</li>
 * </ul>
 */
public final class Normal {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    // ---- Cody's CALERF, IEEE double constants
    private static final double THRESHOLD = 0.46875;
    private static final double X_SMALL = 1.11e-16;
    /** Beyond this erfc(x) underflows to 0 in double precision. */
    private static final double X_BIG = 26.543;
    /** 1 / sqrt(pi). */
    private static final double SQRPI = 5.6418958354775628695e-1;
    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
            3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
            2.84423683343917062e03};
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
            2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
            1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
            1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
            1.23033935480374942e03};
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
            1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1,
            6.05183413124413191e-2, 2.33520497626869185e-3};

    // ---- Acklam's inverse normal CDF
    private static final double[] ICDF_A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] ICDF_B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] ICDF_C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] ICDF_D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
    private static final double P_LOW = 0.02425;

    private Normal() {
    }

    /** The complementary error function, {@code 1 − erf(x)}; NaN for NaN. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double y = Math.abs(x);
        if (y <= THRESHOLD) {
            double ysq = y > X_SMALL ? y * y : 0;
            double num = A[4] * ysq;
            double den = ysq;
            for (int i = 0; i < 3; i++) {
                num = (num + A[i]) * ysq;
                den = (den + B[i]) * ysq;
            }
            return 1 - x * (num + A[3]) / (den + B[3]);
        }
        double result;
        if (y <= 4) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            result = scaledByGaussian(y, (num + C[7]) / (den + D[7]));
        } else if (y >= X_BIG) {
            result = 0;
        } else {
            double ysq = 1 / (y * y);
            double num = P[5] * ysq;
            double den = ysq;
            for (int i = 0; i < 4; i++) {
                num = (num + P[i]) * ysq;
                den = (den + Q[i]) * ysq;
            }
            result = scaledByGaussian(y, (SQRPI - ysq * (num + P[4]) / (den + Q[4])) / y);
        }
        return x < 0 ? 2 - result : result;
    }

    /** {@code exp(−y²)·r}, with y² split as Cody does so that the rounding of y² does not cost digits. */
    private static double scaledByGaussian(double y, double r) {
        double ysq = Math.floor(y * 16) / 16;
        double del = (y - ysq) * (y + ysq);
        return Math.exp(-ysq * ysq) * Math.exp(-del) * r;
    }

    /** P(Z ≤ x). */
    public static double cdf(double x) {
        return 0.5 * erfc(-x / SQRT2);
    }

    /** P(Z &gt; x), accurate in the far right tail where {@code 1 − cdf(x)} would round to 0. */
    public static double upperTail(double x) {
        return 0.5 * erfc(x / SQRT2);
    }

    /** The two-sided tail probability P(|Z| ≥ |z|); NaN for NaN. */
    public static double twoSidedP(double z) {
        return erfc(Math.abs(z) / SQRT2);
    }

    /**
     * The x with {@code cdf(x) = p}: −∞ for 0, +∞ for 1.
     *
     * @throws IllegalArgumentException when p is NaN or outside [0, 1]
     */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must be in [0, 1], was " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        // 1 − p is exact for p in [0.5, 1] (Sterbenz), so the upper half reuses the lower one without losing digits.
        return p > 0.5 ? -lowerQuantile(1 - p) : lowerQuantile(p);
    }

    /** The quantile for 0 &lt; p ≤ 0.5 (so x ≤ 0 and the Halley step compares against an accurate left tail). */
    private static double lowerQuantile(double p) {
        double x;
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((ICDF_C[0] * q + ICDF_C[1]) * q + ICDF_C[2]) * q + ICDF_C[3]) * q + ICDF_C[4]) * q + ICDF_C[5])
                    / ((((ICDF_D[0] * q + ICDF_D[1]) * q + ICDF_D[2]) * q + ICDF_D[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((ICDF_A[0] * r + ICDF_A[1]) * r + ICDF_A[2]) * r + ICDF_A[3]) * r + ICDF_A[4]) * r + ICDF_A[5]) * q
                    / (((((ICDF_B[0] * r + ICDF_B[1]) * r + ICDF_B[2]) * r + ICDF_B[3]) * r + ICDF_B[4]) * r + 1);
        }
        // One Halley step (third order) on f(x) = cdf(x) − p. Deep in the tail (p near the smallest doubles)
        // exp(x²/2) overflows; Acklam's value is then kept as it is.
        double e = 0.5 * erfc(-x / SQRT2) - p;
        double u = e * SQRT_2PI * Math.exp(x * x / 2);
        double refined = x - u / (1 + x * u / 2);
        return Double.isFinite(refined) ? refined : x;
    }
}
