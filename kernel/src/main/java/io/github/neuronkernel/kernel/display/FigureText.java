package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.io.CFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says in words what a {@link Figure} shows, for {@code text/plain} (terminals, screen readers, a
 * notebook's text view): each panel's series with their units, the x axis, the limits set, the
 * number of points and the size, e.g. {@code Plot "AP" 640x400 (2x): soma(0.5).v, dend(0.5).v in
 * mV against t (ms), x 0 to 40; 2 x 20,001 points}.
 */
public final class FigureText {
    private FigureText() {}

    /** @return what the figure shows */
    public static String summary(Figure f) {
        StringBuilder s = new StringBuilder("Plot");
        if (f.title() != null && !f.title().isBlank()) {
            s.append(" \"").append(f.title()).append('"');
        }
        s.append(' ').append(f.width()).append('x').append(f.height()).append(" (").append(CFormat.g(f.scale())).append("x): ");
        List<Figure.Panel> panels = f.panels();
        if (panels.size() == 1) {
            s.append(panel(panels.get(0)));
        } else {
            s.append(panels.size()).append(" panels sharing x: ");
            for (int i = 0; i < panels.size(); i++) {
                s.append(i == 0 ? "" : "; ").append('[').append(i + 1).append("] ").append(panel(panels.get(i)));
            }
        }
        String x = f.xLabel() == null || f.xLabel().isBlank() ? "x" : f.xLabel();
        s.append(panels.size() == 1 ? " against " : ", against ").append(x);
        if (f.xlim() != null) {
            s.append(", x ").append(CFormat.g(f.xlim().min())).append(" to ").append(CFormat.g(f.xlim().max()));
        }
        if (!f.vlines().isEmpty()) {
            List<String> at = new ArrayList<>();
            f.vlines().forEach(v -> at.add(CFormat.g(v.x())));
            s.append(", vertical lines at ").append(String.join(", ", at));
        }
        return s.append(points(f)).toString();
    }

    /** @return a panel's series and unit: {@code v, w in mV}, {@code soma(0.5).v (mV)}, {@code raster of 10 rows, 57 spikes} */
    static String panel(Figure.Panel p) {
        if (p.raster()) {
            return "raster of " + p.traces().size() + (p.traces().size() == 1 ? " row, " : " rows, ")
                    + count(p.points()) + (p.points() == 1 ? " spike" : " spikes");
        }
        List<String> names = new ArrayList<>();
        p.traces().forEach(t -> names.add(t.name()));
        String series = String.join(", ", names);
        String y = p.yLabel();
        String what = y == null || y.isBlank() ? series : y.startsWith(series) ? y : series + " in " + y;
        if (p.ylim() != null) {
            what += " (y " + CFormat.g(p.ylim().min()) + " to " + CFormat.g(p.ylim().max()) + ")";
        }
        return what;
    }

    /** @return {@code ; 20,001 points} or {@code ; 2 x 20,001 points} or the sizes listed */
    private static String points(Figure f) {
        List<Integer> sizes = new ArrayList<>();
        for (Figure.Panel p : f.panels()) {
            if (!p.raster()) {
                p.traces().forEach(t -> sizes.add(t.x().length));
            }
        }
        if (sizes.isEmpty()) {
            return "";
        }
        if (sizes.stream().distinct().count() == 1) {
            return "; " + (sizes.size() == 1 ? "" : sizes.size() + " x ") + count(sizes.get(0)) + (sizes.get(0) == 1 ? " point" : " points");
        }
        List<String> each = new ArrayList<>();
        sizes.forEach(n -> each.add(count(n)));
        return "; " + String.join(" + ", each) + " points";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
