package dev.bulwark.server.web;

import dev.bulwark.store.ScanSummary;
import java.util.List;
import java.util.Locale;

/**
 * Server-side SVG charts: no script, no build step, and they print into the PDF too. Every label
 * goes through {@link Html#escape}.
 */
final class Charts {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 260;
  private static final int LEFT = 40;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int BOTTOM = 34;

  /** Keeps the first and last points off the chart's edges. */
  private static final int INSET = 14;

  private Charts() {}

  /** The score of each scan over time, oldest left, with the grade bands as guides. */
  static String scoreOverTime(List<ScanSummary> scans) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"score-chart\""
                + " viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"Score over"
                + " time\">",
            WIDTH,
            HEIGHT));
    int plotWidth = WIDTH - LEFT - RIGHT - 2 * INSET;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    for (int mark : new int[] {0, 20, 40, 60, 80, 100}) {
      double y = TOP + plotHeight * (1 - mark / 100.0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" fill=\"#6b7280\""
                  + " text-anchor=\"end\">%d</text>",
              LEFT,
              WIDTH - RIGHT,
              y,
              y,
              LEFT - 6,
              y + 4,
              mark));
    }
    if (scans.isEmpty()) {
      return svg.append("</svg>").toString();
    }
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < scans.size(); i++) {
      ScanSummary s = scans.get(i);
      double x =
          LEFT
              + INSET
              + (scans.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (scans.size() - 1.0));
      double y = TOP + plotHeight * (1 - s.score() / 100.0);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      dots.append(
          String.format(
              Locale.ROOT,
              "<a href=\"/scans/%d\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\""
                  + " stroke=\"#fff\" stroke-width=\"1.5\"><title>%s</title></circle></a>",
              s.id(),
              x,
              y,
              Ui.scoreColor(s.score()),
              Html.escape(
                  Ui.when(s.startedAt())
                      + " · "
                      + s.version()
                      + " · "
                      + s.score()
                      + " ("
                      + s.grade()
                      + ")")));
      if (scans.size() <= 16) {
        dots.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-weight=\"600\""
                    + " fill=\"#374151\" text-anchor=\"middle\">%d</text>",
                x,
                y - 10,
                s.score()));
      }
      if (i == 0
          || i == scans.size() - 1
          || scans.size() <= 8
          || i % Math.max(1, scans.size() / 6) == 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#6b7280\""
                    + " text-anchor=\"middle\">%s</text>",
                x,
                HEIGHT - 12,
                Html.escape(Ui.day(s.startedAt()))));
      }
    }
    svg.append(
            "<polyline fill=\"none\" stroke=\"#1d4ed8\" stroke-width=\"2.5\" stroke-linejoin=\"round\" points=\"")
        .append(points.toString().strip())
        .append("\"/>")
        .append(dots)
        .append("</svg>");
    return svg.toString();
  }

  /** A small trend line of recent scores for the overview table. */
  static String sparkline(List<Integer> scores) {
    int w = 120;
    int h = 28;
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" width=\"%d\""
                    + " height=\"%d\" viewBox=\"0 0 %d %d\">",
                w,
                h,
                w,
                h));
    if (scores.size() >= 2) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < scores.size(); i++) {
        double x = 2 + (w - 4) * i / (scores.size() - 1.0);
        double y = 2 + (h - 4) * (1 - scores.get(i) / 100.0);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      int last = scores.get(scores.size() - 1);
      svg.append("<polyline fill=\"none\" stroke=\"")
          .append(Ui.scoreColor(last))
          .append("\" stroke-width=\"2\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
    } else if (scores.size() == 1) {
      double y = 2 + (h - 4) * (1 - scores.get(0) / 100.0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%d\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
              w / 2,
              y,
              Ui.scoreColor(scores.get(0))));
    }
    return svg.append("</svg>").toString();
  }
}
