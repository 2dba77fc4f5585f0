package dev.hops.cli;

import dev.hops.check.Finding;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one annotation per finding, {@code ::error
 * file=F,line=L,col=C,title=RULE::MESSAGE} ({@code warning}, {@code notice} for infos), with the
 * file relative to the repository root, then the summary as a plain log line.
 */
final class GithubCheckOutput implements CheckOutput {

  @Override
  public void print(PrintWriter out, CheckReport report) {
    for (Finding f : report.findings()) {
      out.println(command(f, report.repositoryPath(f)));
    }
    out.println("hops check: " + CheckOutput.summary(report.findings()));
  }

  static String command(Finding f, String path) {
    StringBuilder sb = new StringBuilder("::").append(level(f)).append(' ');
    if (path != null) {
      sb.append("file=").append(property(path)).append(',');
      if (f.pos().line() > 0) {
        sb.append("line=").append(f.pos().line()).append(',');
        if (f.pos().column() > 0) {
          sb.append("col=").append(f.pos().column()).append(',');
        }
      }
    }
    sb.append("title=").append(property(f.rule()));
    String message = CheckReport.objectMessage(f);
    if (!f.hint().isEmpty()) {
      message += "\nhint: " + f.hint();
    }
    return sb.append("::").append(data(message)).toString();
  }

  private static String level(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** The escaping of a command's message (actions/toolkit's escapeData). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping of a property value (actions/toolkit's escapeProperty). */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
