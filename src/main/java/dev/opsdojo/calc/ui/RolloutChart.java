package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.rollout.RolloutPlan;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * A rolling update as stacked bars, one per step: old pods at the bottom, new Ready pods on them, and the new pods the
 * step just created (still starting) on top; a dashed line at the most pods allowed ({@code replicas + maxSurge}) and
 * one at the fewest available ({@code replicas − maxUnavailable}). Colours come from app.css ({@code .rollout-*}), so
 * both themes work. Shows at most {@link #MAX_BARS} steps.
 */
final class RolloutChart extends Region {
    static final int MAX_BARS = 60;
    private static final double GAP = 6;

    private final List<Region[]> bars = new ArrayList<>();
    private final List<Label> stepLabels = new ArrayList<>();
    private final Line baseline = line("rollout-baseline");
    private final Line maxLine = line("rollout-line-max");
    private final Line minLine = line("rollout-line-min");
    private final Label zeroLabel = axisLabel("rollout-axis");
    private final Label maxLabel = axisLabel("rollout-axis-max");
    private final Label minLabel = axisLabel("rollout-axis-min");
    private RolloutPlan plan;

    RolloutChart(double height) {
        getStyleClass().add("rollout-chart");
        setMinHeight(height);
        setPrefHeight(height);
        setMaxHeight(height);
        setPrefWidth(560);
        setMinWidth(200);
        zeroLabel.setText("0");
    }

    /** Shows a plan (the first {@link #MAX_BARS} steps of it). */
    void show(RolloutPlan next) {
        plan = next;
        int shown = Math.min(next.rows().size(), MAX_BARS + 1);
        while (bars.size() < shown) {
            Region old = bar("rollout-bar-old");
            Region ready = bar("rollout-bar-new");
            Region starting = bar("rollout-bar-starting");
            bars.add(new Region[] {old, ready, starting});
            Label label = axisLabel("rollout-axis");
            stepLabels.add(label);
        }
        while (bars.size() > shown) {
            bars.remove(bars.size() - 1);
            stepLabels.remove(stepLabels.size() - 1);
        }
        List<Node> children = new ArrayList<>();
        children.add(baseline);
        for (int i = 0; i < shown; i++) {
            children.add(bars.get(i)[0]);
            children.add(bars.get(i)[1]);
            children.add(bars.get(i)[2]);
            stepLabels.get(i).setText(String.valueOf(i));
            children.add(stepLabels.get(i));
        }
        maxLabel.setText(String.valueOf(next.maxTotal()));
        minLabel.setText(String.valueOf(next.minAvailable()));
        children.addAll(List.of(minLine, maxLine, zeroLabel, minLabel, maxLabel));
        getChildren().setAll(children);
        setAccessibleText(next.rows().size() - 1 + " steps, at most " + next.maxTotal() + " pods, at least "
                + next.minAvailable() + " available");
        requestLayout();
    }

    /** The top of the y axis: the highest bar, and the surge line while it is not far above it. */
    static double yTop(RolloutPlan plan, int shownRows) {
        int peak = 0;
        for (int i = 0; i < shownRows; i++) {
            peak = Math.max(peak, plan.rows().get(i).total());
        }
        double top = plan.maxTotal() <= Math.max(1, peak) * 1.5 ? Math.max(peak, plan.maxTotal()) : peak;
        return Math.max(1, top);
    }

    @Override
    protected void layoutChildren() {
        if (plan == null) {
            return;
        }
        double width = getWidth();
        double height = getHeight();
        double labelHeight = zeroLabel.prefHeight(-1);
        double axisWidth = Math.max(maxLabel.prefWidth(-1), Math.max(minLabel.prefWidth(-1), zeroLabel.prefWidth(-1)));
        double left = snappedLeftInset() + axisWidth + GAP;
        double right = width - snappedRightInset() - GAP;
        double top = snappedTopInset() + labelHeight / 2 + 2;
        double bottom = height - snappedBottomInset() - labelHeight - 2;
        double plotWidth = Math.max(1, right - left);
        double plotHeight = Math.max(1, bottom - top);
        int shown = bars.size();
        double yTop = yTop(plan, shown);
        double perPod = plotHeight / yTop;

        double slot = plotWidth / Math.max(1, shown);
        double barWidth = Math.max(1, Math.min(48, slot * 0.7));
        double widestStep = stepLabels.isEmpty() ? 0 : stepLabels.get(shown - 1).prefWidth(-1);
        int labelEvery = Math.max(1, (int) Math.ceil((widestStep + 4) / slot));
        for (int i = 0; i < shown; i++) {
            RolloutPlan.Row row = plan.rows().get(i);
            double x = left + slot * i + (slot - barWidth) / 2;
            double oldHeight = row.oldReplicas() * perPod;
            double readyHeight = (row.newReplicas() - row.starting()) * perPod;
            double startingHeight = row.starting() * perPod;
            Region[] stack = bars.get(i);
            stack[0].resizeRelocate(snapPositionX(x), snapPositionY(bottom - oldHeight), snapSizeX(barWidth), snapSizeY(oldHeight));
            stack[1].resizeRelocate(snapPositionX(x), snapPositionY(bottom - oldHeight - readyHeight), snapSizeX(barWidth),
                    snapSizeY(readyHeight));
            stack[2].resizeRelocate(snapPositionX(x), snapPositionY(bottom - oldHeight - readyHeight - startingHeight),
                    snapSizeX(barWidth), snapSizeY(startingHeight));
            Label label = stepLabels.get(i);
            label.setVisible(i % labelEvery == 0);
            double w = label.prefWidth(-1);
            label.resizeRelocate(snapPositionX(left + slot * i + (slot - w) / 2), snapPositionY(bottom + 2), w, labelHeight);
        }

        setLine(baseline, left, right, bottom);
        double maxY = bottom - plan.maxTotal() * perPod;
        double minY = bottom - plan.minAvailable() * perPod;
        boolean maxVisible = plan.maxTotal() <= yTop;
        maxLine.setVisible(maxVisible);
        maxLabel.setVisible(maxVisible);
        setLine(maxLine, left, right, maxY);
        setLine(minLine, left, right, minY);
        zeroLabel.setVisible(plan.minAvailable() > 0 && minY < bottom - labelHeight);
        placeAxisLabel(zeroLabel, left, bottom, labelHeight);
        placeAxisLabel(maxLabel, left, maxY, labelHeight);
        // Keep the two line labels apart when the lines are close: the minimum goes just below the maximum.
        double minLabelY = maxVisible && Math.abs(minY - maxY) < labelHeight ? maxY + labelHeight : minY;
        placeAxisLabel(minLabel, left, Math.min(minLabelY, bottom), labelHeight);
    }

    private void placeAxisLabel(Label label, double left, double y, double labelHeight) {
        double w = label.prefWidth(-1);
        label.resizeRelocate(snapPositionX(left - GAP - w), snapPositionY(y - labelHeight / 2), w, labelHeight);
    }

    private static void setLine(Line line, double x1, double x2, double y) {
        double snapped = Math.round(y) + 0.5;
        line.setStartX(x1);
        line.setEndX(x2);
        line.setStartY(snapped);
        line.setEndY(snapped);
    }

    private static Region bar(String style) {
        Region region = new Region();
        region.getStyleClass().addAll("rollout-bar", style);
        region.setManaged(false);
        return region;
    }

    private static Line line(String style) {
        Line line = new Line();
        line.getStyleClass().addAll("rollout-line", style);
        line.setManaged(false);
        return line;
    }

    private static Label axisLabel(String style) {
        Label label = new Label();
        label.getStyleClass().addAll("rollout-axis-label", style);
        label.setManaged(false);
        label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        label.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return label;
    }
}
