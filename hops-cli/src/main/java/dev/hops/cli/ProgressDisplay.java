package dev.hops.cli;

import dev.hops.flux.Progress;
import java.io.PrintWriter;

/**
 * Shows chart downloads and rendered HelmReleases on stderr: a bar redrawn in place when stderr is
 * a terminal (the launcher says so in {@code HOPS_STDERR_TTY}), else one plain line per chart
 * download.
 */
final class ProgressDisplay {

  private ProgressDisplay() {}

  static Progress on(PrintWriter err, boolean terminal) {
    return terminal ? new Bar(err) : new Lines(err);
  }

  /** The real console's stderr when the launcher found it to be a terminal. */
  static boolean stderrIsTerminal() {
    return "1".equals(System.getenv("HOPS_STDERR_TTY"));
  }

  private static final class Lines implements Progress {
    private final PrintWriter err;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void fetching(String chart) {
      err.println("hops: fetching chart " + chart);
      err.flush();
    }
  }

  private static final class Bar implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private String fetching = "";
    private long lastDraw;
    private boolean drawn;

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void fetching(String chart) {
      fetching = chart;
      draw("fetching chart " + chart);
    }

    @Override
    public synchronized void released(String cluster, int done, int total) {
      long now = System.nanoTime();
      if (done < total && now - lastDraw < 50_000_000L) {
        return;
      }
      lastDraw = now;
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      draw(
          "HelmReleases of "
              + cluster
              + " ["
              + "#".repeat(filled)
              + "-".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total);
    }

    @Override
    public synchronized void finished() {
      if (drawn) {
        err.print("\r\033[K");
        err.flush();
        drawn = false;
      }
    }

    private void draw(String line) {
      err.print("\r\033[K" + (line.length() > 120 ? line.substring(0, 117) + "..." : line));
      err.flush();
      drawn = true;
    }
  }
}
