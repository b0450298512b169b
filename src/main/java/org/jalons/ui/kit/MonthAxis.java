package org.jalons.ui.kit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.ValueAxis;

/**
 * A time axis in days (epoch days) whose ticks fall on the first of each month and read "nov. 26" / "Nov 26":
 * every month while they fit, else every second, third or sixth. The range covers the data from the first of its
 * first month to the first of the month after its last day, so a single rating still shows its month.
 */
public final class MonthAxis extends ValueAxis<Number> {
    /** Roughly how wide a month label is, in px at the axis's font: fewer ticks on a narrow phone. */
    private static final double LABEL_PX = 64;

    private final Locale locale;
    private Object[] range = {0.0, 31.0, 1.0};

    public MonthAxis(Locale locale) {
        this.locale = locale;
        setAutoRanging(true);
        setMinorTickVisible(false);
        getStyleClass().add("month-axis");
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        if (Double.isInfinite(minValue) || Double.isNaN(minValue) || minValue > maxValue) {
            return range; // no point yet: the month it showed
        }
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(minValue)).withDayOfMonth(1);
        LocalDate after = LocalDate.ofEpochDay((long) Math.ceil(maxValue))
                .withDayOfMonth(1)
                .plusMonths(1);
        double lower = first.toEpochDay();
        double upper = after.toEpochDay();
        return new Object[] {lower, upper, calculateNewScale(length, lower, upper)};
    }

    @Override
    protected void setRange(Object newRange, boolean animate) {
        Object[] r = (Object[]) newRange;
        range = r;
        setLowerBound((Double) r[0]);
        setUpperBound((Double) r[1]);
        currentLowerBound.set((Double) r[0]);
        setScale((Double) r[2]);
    }

    @Override
    protected Object getRange() {
        return range;
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object forRange) {
        Object[] r = (Object[]) forRange;
        LocalDate from = LocalDate.ofEpochDay(Math.round((Double) r[0])).withDayOfMonth(1);
        LocalDate to = LocalDate.ofEpochDay(Math.round((Double) r[1]));
        long months = Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(from, to));
        int fit = Math.max(1, (int) (length / LABEL_PX));
        int step = 1;
        for (int s : new int[] {1, 2, 3, 6, 12}) {
            step = s;
            if (months / s <= fit) {
                break;
            }
        }
        List<Number> ticks = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(step)) {
            ticks.add(d.toEpochDay());
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number day) {
        return DateFormats.month(LocalDate.ofEpochDay(day.longValue()), locale);
    }
}
