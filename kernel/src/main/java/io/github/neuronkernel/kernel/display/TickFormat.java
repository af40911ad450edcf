package io.github.neuronkernel.kernel.display;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * Gives every tick label on an axis the same format: as many decimals as the tick step needs
 * ({@code 0.00 0.05 0.10}, {@code -80 -40 0 40}), thousands grouped from 10,000 on ({@code 50,000
 * 100,000}), and engineering notation with one exponent per axis ({@code 0.5e-6 1.0e-6}) only for
 * huge values or tiny steps.
 *
 * <p>XChart 3.8.8's own format picks a pattern per label from the label's magnitude, so an axis
 * reads {@code .05} beside {@code 0.1}, or {@code 5E4 1E5 1.5E5} once the range passes 10^4. A fixed
 * pattern has to match the step XChart will choose, which it picks while laying out the chart:
 * {@link #step} repeats that choice (1, 2, 5 or 10 times a power of ten for a spacing hint, widened
 * until the labels differ and fit) on a plot size estimated from the chart's size, fonts and
 * labels. An estimate off by a few pixels can only move the step to a neighbour near a threshold;
 * then the labels keep one format either way: one decimal too many ({@code 0.00 0.10}) if XChart
 * chose the coarser step, or, when it would have chosen the finer one, XChart finds that step's
 * labels repeat in the pattern and takes the coarser one.
 */
public final class TickFormat {
    /** Values this large (in magnitude) are written in engineering notation. */
    static final double HUGE = 1e6;
    /** Steps this small are written in engineering notation. */
    static final double TINY_STEP = 1e-4;
    /** Plain labels are grouped by thousands from here: 5000 reads fine, 50000 does not. */
    static final double GROUPED = 1e4;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, false);

    private TickFormat() {}

    /**
     * How one axis writes its labels.
     *
     * @param step the tick step the format was chosen for
     * @param decimals digits after the point (of the mantissa in engineering notation)
     * @param exponent 0 for plain numbers, else the power of ten (a multiple of 3) shown after {@code e}
     * @param grouped whether plain numbers group thousands
     */
    record Choice(double step, int decimals, int exponent, boolean grouped) {
        /** @return the choice for ticks {@code step} apart on an axis reaching {@code maxAbs} */
        static Choice forStep(double step, double maxAbs) {
            int exponent = 0;
            if (maxAbs >= HUGE || step < TINY_STEP) {
                exponent = 3 * (int) Math.floor(Math.log10(Math.max(maxAbs, step)) / 3);
            }
            int decimals = Math.max(0, -(int) Math.floor(Math.log10(step / Math.pow(10, exponent)) + 1e-9));
            return new Choice(step, decimals, exponent, exponent == 0 && maxAbs >= GROUPED);
        }

        boolean engineering() {
            return exponent != 0;
        }

        /** @return the DecimalFormat pattern of a plain choice: {@code 0.00}, {@code #,##0} */
        String pattern() {
            return (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        }

        /** @return a label as XChart will draw it with this choice */
        String format(double v) {
            if (!engineering()) {
                return new java.text.DecimalFormat(pattern(), java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
            }
            if (v == 0) {
                return "0"; // "0.0e-6" says nothing more than 0
            }
            return String.format(Locale.ROOT, "%." + decimals + "fe%d", v / Math.pow(10, exponent), exponent);
        }
    }

    /**
     * Fixes the tick label format of both axes of a line chart, from its final data ranges and
     * size; call it after the series are added and the axis limits set. Labels are written with a
     * point and comma, as numbers are in code and in NEURON's output, whatever the JVM's locale.
     */
    public static void apply(XYChart chart) {
        XYStyler styler = chart.getStyler();
        styler.setLocale(Locale.ROOT);
        double[] x = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        TreeMap<Integer, double[]> y = new TreeMap<>();
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (!s.isEnabled()) {
                continue;
            }
            widen(x, s.getXMin(), s.getXMax());
            widen(y.computeIfAbsent(s.getYAxisGroup(), g -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}),
                    s.getYMin(), s.getYMax());
        }
        if (y.isEmpty()) {
            return; // XChart draws an empty -1..1 frame; its default labels do
        }
        override(x, styler.getXAxisMin(), styler.getXAxisMax());
        for (var e : y.entrySet()) {
            Double min = styler.getYAxisMin(e.getKey()) != null ? styler.getYAxisMin(e.getKey()) : styler.getYAxisMin();
            Double max = styler.getYAxisMax(e.getKey()) != null ? styler.getYAxisMax(e.getKey()) : styler.getYAxisMax();
            override(e.getValue(), min, max);
        }
        Font tickFont = styler.getAxisTickLabelsFont();
        double plotHeight = plotHeight(chart, tickFont);
        List<Choice> yChoices = new ArrayList<>();
        double yAxesWidth = 0;
        for (var e : y.entrySet()) {
            double[] r = e.getValue();
            Choice c = choose(r[0], r[1], styler.getPlotContentSize() * plotHeight, styler.getYAxisTickMarkSpacingHint(), false, tickFont);
            yChoices.add(c);
            String title = chart.getYAxisGroupTitle(e.getKey());
            yAxesWidth += longestLabelWidth(c, r[0], r[1], tickFont) + styler.getAxisTickPadding() + styler.getAxisTickMarkLength()
                    + (title == null || title.isBlank() ? 0 : height(title, styler.getAxisTitleFont()) + styler.getAxisTitlePadding());
        }
        Choice yChoice = common(yChoices);
        if (yChoice != null) {
            set(chart, yChoice, false);
        }
        double plotWidth = chart.getWidth() - yAxesWidth - 2 * styler.getChartPadding() - legendWidth(chart);
        if (x[0] <= x[1]) {
            set(chart, choose(x[0], x[1], styler.getPlotContentSize() * plotWidth, styler.getXAxisTickMarkSpacingHint(), true, tickFont), true);
        }
    }

    /**
     * @return the one choice that suits every y axis of a chart. XChart 3.8.8 formats every y axis
     *     with one format (its y-axis tick calculator does not pass the axis group on), so a second
     *     axis gets the most decimals any axis needs; engineering notation, whose exponent is an
     *     axis's own, is then left out (null: XChart's default).
     */
    static Choice common(List<Choice> choices) {
        Choice most = choices.get(0);
        for (Choice c : choices) {
            if (c.engineering()) {
                return choices.size() == 1 ? c : null;
            }
            if (c.decimals() > most.decimals() || c.grouped() && !most.grouped() && c.decimals() == most.decimals()) {
                most = c;
            }
        }
        boolean grouped = choices.stream().anyMatch(Choice::grouped);
        return new Choice(most.step(), most.decimals(), 0, grouped);
    }

    private static void set(XYChart chart, Choice c, boolean xAxis) {
        XYStyler styler = chart.getStyler();
        if (c.engineering()) {
            Function<Double, String> f = c::format;
            if (xAxis) {
                styler.setxAxisTickLabelsFormattingFunction(f);
            } else {
                styler.setyAxisTickLabelsFormattingFunction(f);
            }
        } else if (xAxis) {
            styler.setXAxisDecimalPattern(c.pattern());
        } else {
            styler.setYAxisDecimalPattern(c.pattern());
        }
    }

    /**
     * @param tickSpace the pixels the data spans along the axis
     * @param spacingHint XChart's tick spacing hint for the axis, in pixels
     * @param xAxis whether labels sit side by side (x) rather than one above another (y)
     * @return the format for the step XChart 3.8.8 chooses for this range and space
     */
    static Choice choose(double min, double max, double tickSpace, int spacingHint, boolean xAxis, Font font) {
        double maxAbs = Math.max(Math.abs(min), Math.abs(max));
        return Choice.forStep(step(min, max, tickSpace, spacingHint, xAxis, font), maxAbs);
    }

    /**
     * Repeats XChart 3.8.8's choice of tick step (AxisTickCalculator_): starting from the spacing
     * hint (20 pixels on a y axis under 160 pixels), the step is the data span over that many
     * pixels rounded to 1, 2, 5 or 10 times a power of ten; the hint grows by 5 pixels until the
     * labels from one step below the range to two above are all different and the longest (x) or a
     * line of text (y) takes less than 1/1.1 of a step.
     *
     * @return the step, or the span when the range is empty or too narrow for XChart to tick
     */
    static double step(double min, double max, double tickSpace, int spacingHint, boolean xAxis, Font font) {
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span) || tickSpace <= 0) {
            return span > 0 && Double.isFinite(span) ? span : 1;
        }
        double maxAbs = Math.max(Math.abs(min), Math.abs(max));
        int hint = (!xAxis && tickSpace < 160 ? 25 : spacingHint) - 5;
        double lineHeight = height("Y", font);
        for (int round = 0; round < 400; round++) {
            hint += 5;
            double step = niceStep(span / tickSpace * hint);
            Choice c = Choice.forStep(step, maxAbs);
            int stepPx = (int) (step / span * tickSpace);
            List<String> labels = labels(c, min, max);
            double needed = xAxis ? labels.stream().mapToDouble(l -> width(l, font)).max().orElse(0) : lineHeight;
            if (new HashSet<>(labels).size() == labels.size() && needed * 1.1 < stepPx) {
                return step;
            }
        }
        return span;
    }

    /** @return 1, 2, 5 or 10 times a power of ten, by XChart's thresholds (1.5, 3.5, 7.5) */
    static double niceStep(double hint) {
        int exponent = (int) Math.floor(Math.log10(hint));
        double significand = hint / Math.pow(10, exponent);
        double m = significand > 7.5 ? 10 : significand > 3.5 ? 5 : significand > 1.5 ? 2 : 1;
        // through BigDecimal so that 0.1 * 3 style noise does not reach the labels
        return new java.math.BigDecimal(m).scaleByPowerOfTen(exponent).doubleValue();
    }

    /**
     * @return the labels XChart formats for a step, in and beyond the range: from the multiple of
     *     the step next to min towards zero, less a step, to under max plus two steps
     */
    static List<String> labels(Choice c, double min, double max) {
        java.math.BigDecimal step = java.math.BigDecimal.valueOf(c.step());
        java.math.BigDecimal v = java.math.BigDecimal.valueOf(min - min % c.step() - c.step())
                .setScale(10, java.math.RoundingMode.HALF_UP);
        List<String> labels = new ArrayList<>();
        double end = max + 2 * c.step();
        for (int i = 0; v.doubleValue() < end && i < 1000; i++, v = v.add(step)) {
            labels.add(c.format(v.doubleValue()));
        }
        return labels;
    }

    /** @return the widest label XChart computes for the axis (it measures those beyond the range too) */
    private static double longestLabelWidth(Choice c, double min, double max, Font font) {
        double widest = 0;
        for (String l : labels(c, min, max)) {
            widest = Math.max(widest, width(l, font));
        }
        return widest;
    }

    /**
     * @return the estimated height of the plot: the chart less its title, padding, and the x axis'
     *     title and labels (as XChart lays them out)
     */
    private static double plotHeight(XYChart chart, Font tickFont) {
        XYStyler s = chart.getStyler();
        double title = chart.getTitle() == null || chart.getTitle().isBlank() || !s.isChartTitleVisible() ? 0
                : height(chart.getTitle(), s.getChartTitleFont()) + 2 * s.getChartTitlePadding();
        double xTitle = chart.getXAxisTitle() == null || chart.getXAxisTitle().isBlank() ? 0
                : height(chart.getXAxisTitle(), s.getAxisTitleFont()) + s.getAxisTitlePadding();
        double xLabels = height("0123456789", tickFont) + s.getAxisTickPadding() + s.getAxisTickMarkLength();
        double legend = s.isLegendVisible() && s.getLegendPosition() == Styler.LegendPosition.OutsideS ? 3 * height("Y", s.getLegendFont()) : 0;
        return chart.getHeight() - title - 2 * s.getChartPadding() - xTitle - xLabels - s.getPlotMargin() - legend;
    }

    /** @return the width a legend to the right of the plot takes, with its gap */
    private static double legendWidth(XYChart chart) {
        XYStyler s = chart.getStyler();
        if (!s.isLegendVisible() || s.getLegendPosition() != Styler.LegendPosition.OutsideE) {
            return 0;
        }
        double text = 0;
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (series.isEnabled() && series.isShowInLegend()) {
                for (String line : series.getName().split("\\n")) {
                    text = Math.max(text, width(line, s.getLegendFont()));
                }
            }
        }
        return s.getLegendSeriesLineLength() + 3 * s.getLegendPadding() + text + s.getChartPadding();
    }

    private static void widen(double[] range, double min, double max) {
        if (Double.isFinite(min)) {
            range[0] = Math.min(range[0], min);
        }
        if (Double.isFinite(max)) {
            range[1] = Math.max(range[1], max);
        }
    }

    private static void override(double[] range, Double min, Double max) {
        if (min != null) {
            range[0] = min;
        }
        if (max != null) {
            range[1] = max;
        }
    }

    private static double width(String text, Font font) {
        return text.isEmpty() ? 0 : new TextLayout(text, font, FRC).getBounds().getWidth();
    }

    private static double height(String text, Font font) {
        return text.isEmpty() ? 0 : new TextLayout(text, font, FRC).getBounds().getHeight();
    }
}
