package org.storyline.bench.scale;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws the scale benchmark's checkpoints as a PNG: articles fed on a logarithmic x axis; above, the mean
 * microseconds per article of each segment, by the wall clock and in CPU time (with, for reference, where linear
 * growth from the first full window would go); below, the heap in use after a collection and the peak resident
 * memory.
 */
final class CostPlot {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 760;
    private static final int LEFT = 90;
    private static final int RIGHT = 60;
    private static final Color COST = new Color(0x1f77b4);
    private static final Color CPU = new Color(0xff7f0e);
    private static final Color HEAP = new Color(0x2ca02c);
    private static final Color RSS = new Color(0xd62728);
    private static final Color REFERENCE = new Color(0x999999);

    private final Graphics2D g;
    private final double minLog;
    private final double maxLog;

    private CostPlot(Graphics2D g, List<Checkpoint> points) {
        this.g = g;
        this.minLog = Math.floor(Math.log10(points.get(0).articles()) * 2) / 2;
        this.maxLog = Math.ceil(Math.log10(points.get(points.size() - 1).articles()) * 2) / 2;
    }

    /** Writes the plot of {@code points} (at least one, by articles ascending) to {@code png}, with {@code title}. */
    static void write(List<Checkpoint> points, String title, Path png) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no checkpoint to plot for " + png);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, LEFT, 32);
        CostPlot plot = new CostPlot(g, points);
        double maxCost = points.stream().mapToDouble(p -> Math.max(p.micros(), p.cpuMicros())).max().orElse(1);
        Panel cost = new Panel(60, 390, niceCeiling(maxCost * 1.5), "µs per article (segment mean)");
        plot.axes(cost, false);
        Checkpoint base = points.stream().filter(p -> p.articles() >= 20_000).findFirst().orElse(points.get(0));
        plot.line(cost, points.stream().filter(p -> p.articles() >= base.articles()).toList(),
                p -> base.cpuMicros() * p.articles() / base.articles(), REFERENCE, true);
        plot.line(cost, points, Checkpoint::micros, COST, false);
        plot.line(cost, points, Checkpoint::cpuMicros, CPU, false);
        plot.values(cost, points, Checkpoint::cpuMicros);
        plot.legend(cost, new String[] {"wall clock in the stream", "CPU time of the feeding thread in the stream",
            "if CPU time grew linearly with size"}, new Color[] {COST, CPU, REFERENCE});
        double maxMb = points.stream().mapToDouble(p -> Math.max(p.heapMb(), p.rssMb())).max().orElse(1);
        Panel memory = new Panel(450, 690, niceCeiling(maxMb * 1.2), "MB");
        plot.axes(memory, true);
        plot.line(memory, points, Checkpoint::heapMb, HEAP, false);
        plot.line(memory, points, Checkpoint::rssMb, RSS, false);
        plot.legend(memory, new String[] {"heap in use after GC", "peak RSS (VmHWM)"}, new Color[] {HEAP, RSS});
        g.dispose();
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + png, e);
        }
    }

    /** A panel: its top and bottom in pixels, the value at its top, and the y axis label. */
    private record Panel(int top, int bottom, double max, String label) {
    }

    private double x(double articles) {
        return LEFT + (Math.log10(articles) - minLog) / (maxLog - minLog) * (WIDTH - LEFT - RIGHT);
    }

    private static double y(Panel p, double value) {
        return p.bottom() - value / p.max() * (p.bottom() - p.top());
    }

    /** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least {@code value}. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= value * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private void axes(Panel p, boolean xLabel) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i <= 4; i++) {
            double value = p.max() * i / 4;
            int y = (int) y(p, value);
            g.setColor(new Color(0xe8e8e8));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.BLACK);
            String label = String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 5);
        }
        for (double e = Math.ceil(minLog); e <= maxLog; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double articles = m * Math.pow(10, e);
                if (Math.log10(articles) > maxLog + 1e-9) {
                    continue;
                }
                int x = (int) x(articles);
                g.setColor(new Color(0xe8e8e8));
                g.drawLine(x, p.top(), x, p.bottom());
                g.setColor(Color.BLACK);
                String label = articles >= 1e6 ? (long) (articles / 1e6) + "M" : (long) (articles / 1e3) + "k";
                g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, p.bottom() + 18);
            }
        }
        g.drawRect(LEFT, p.top(), WIDTH - LEFT - RIGHT, p.bottom() - p.top());
        if (xLabel) {
            String text = "articles fed (log scale)";
            g.drawString(text, (WIDTH + LEFT - RIGHT - g.getFontMetrics().stringWidth(text)) / 2, p.bottom() + 40);
        }
        Graphics2D turned = (Graphics2D) g.create();
        turned.rotate(-Math.PI / 2);
        turned.drawString(p.label(), -(p.top() + p.bottom() + turned.getFontMetrics().stringWidth(p.label())) / 2, 24);
        turned.dispose();
    }

    private void line(Panel p, List<Checkpoint> points, ToDoubleFunction<Checkpoint> value, Color color,
                      boolean dashed) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            double x = x(points.get(i).articles());
            double y = y(p, value.applyAsDouble(points.get(i)));
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        g.setClip(LEFT, p.top(), WIDTH - LEFT - RIGHT, p.bottom() - p.top());
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {8, 6}, 0)
                : new BasicStroke(3));
        g.draw(path);
        if (!dashed) {
            for (Checkpoint c : points) {
                g.fillOval((int) x(c.articles()) - 5, (int) y(p, value.applyAsDouble(c)) - 5, 10, 10);
            }
        }
        g.setStroke(new BasicStroke(1));
        g.setClip(null);
    }

    /** Writes each point's value beside it. */
    private void values(Panel p, List<Checkpoint> points, ToDoubleFunction<Checkpoint> value) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        for (Checkpoint c : points) {
            double v = value.applyAsDouble(c);
            g.drawString(String.format(Locale.ROOT, "%.0f", v), (int) x(c.articles()) + 7, (int) y(p, v) - 8);
        }
    }

    private void legend(Panel p, String[] labels, Color[] colors) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i < labels.length; i++) {
            int y = p.top() + 22 + 20 * i;
            g.setColor(colors[i]);
            g.fillRect(LEFT + 14, y - 10, 24, 6);
            g.setColor(Color.BLACK);
            g.drawString(labels[i], LEFT + 46, y - 2);
        }
    }
}
