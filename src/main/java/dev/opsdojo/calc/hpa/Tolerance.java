package dev.opsdojo.calc.hpa;

/**
 * The band around a usage ratio of 1 inside which the HPA does not scale: {@code 1 − scaleDown ≤ ratio ≤ 1 + scaleUp},
 * inclusive at both ends. The controller's default is 0.1 both ways; {@code spec.behavior.scaleUp/scaleDown.tolerance}
 * (gate HPAConfigurableTolerance) can set each side per HPA.
 */
public record Tolerance(double scaleUp, double scaleDown) {
    public static final Tolerance DEFAULT = new Tolerance(0.1, 0.1);

    public Tolerance {
        if (!Double.isFinite(scaleUp) || scaleUp < 0) {
            throw new IllegalArgumentException("the scale-up tolerance must be 0 or more, was " + scaleUp);
        }
        if (!Double.isFinite(scaleDown) || scaleDown < 0 || scaleDown > 1) {
            throw new IllegalArgumentException("the scale-down tolerance must be from 0 to 1, was " + scaleDown);
        }
    }

    /** The same tolerance in both directions. */
    public static Tolerance of(double both) {
        return new Tolerance(both, both);
    }

    public double lowerBound() {
        return 1.0 - scaleDown;
    }

    public double upperBound() {
        return 1.0 + scaleUp;
    }

    /** Whether {@code ratio} is close enough to 1 that the HPA keeps the current replica count. */
    public boolean isWithin(double ratio) {
        return lowerBound() <= ratio && ratio <= upperBound();
    }
}
