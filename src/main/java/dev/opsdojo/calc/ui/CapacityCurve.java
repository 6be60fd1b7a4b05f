package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.queue.CapacityPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the capacity widget draws: the plan, and the model at up to {@link #MAX_POINTS} pod counts from 85% of the
 * answer to 1.5× it, so the knee of the curve is in view. Computed off the FX thread.
 */
record CapacityCurve(CapacityPlanner.Plan plan, int fromPods, int toPods, List<CapacityPlanner.Point> points,
                     CapacityPlanner.Point headroom) {
    static final int MAX_POINTS = 40;

    /** The plan and the curve; null if {@code cancelled} turns true part way (the caller dropped the question). */
    static CapacityCurve compute(CapacityPlanner.Inputs inputs, BooleanSupplier cancelled) {
        CapacityPlanner.Plan plan = CapacityPlanner.plan(inputs);
        if (!(plan instanceof CapacityPlanner.Met met)) {
            return new CapacityCurve(plan, 0, 0, List.of(), null);
        }
        int answer = met.pods();
        int from = Math.max(1, Math.min(answer - 1, (int) Math.floor(answer * 0.85)));
        int to = Math.max(answer + 2, (int) Math.ceil(answer * 1.5));
        int step = Math.max(1, (int) Math.ceil((to - from) / (double) MAX_POINTS));
        List<CapacityPlanner.Point> points = new ArrayList<>();
        for (int pods = from; pods <= to; pods += step) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            points.add(pods == answer ? met.answer() : CapacityPlanner.evaluate(inputs, pods));
        }
        if (points.stream().noneMatch(p -> p.pods() == answer)) {
            points.add(met.answer());
            points.sort((a, b) -> Integer.compare(a.pods(), b.pods()));
        }
        CapacityPlanner.Point headroom = CapacityPlanner.podsAtUtilization(inputs, CapacityPlanner.HEADROOM_UTILIZATION);
        return new CapacityCurve(plan, from, to, points, headroom);
    }
}
