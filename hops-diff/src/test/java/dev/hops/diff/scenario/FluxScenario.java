package dev.hops.diff.scenario;

import static dev.hops.diff.scenario.ScenarioFiles.*;

import dev.hops.diff.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Flux repository with history, for tests of {@code hops diff}: the folder {@value #FOLDER}
 * of a Git repository (its Flux paths start at the Git root), one cluster ({@value #CLUSTER}), the
 * apps {@code web} and {@code api} sharing a kustomize component, and {@code hello}, a HelmRelease
 * of a chart folder in the repository. Each {@link Step} is one commit, tagged with {@link
 * Step#tag()}; a file outside the Flux folder ({@code README.md}) changes too, and must not count.
 *
 * <pre>{@code
 * FluxScenario s = FluxScenario.create(dir);   // every step committed
 * hops diff --path s.folder() --base image-bump~1 --head image-bump
 * }</pre>
 */
public final class FluxScenario {

  /** The Flux repository's folder in the Git work tree. */
  public static final String FOLDER = "kubernetes";

  /** The name Hops gives the scenario's cluster. */
  public static final String CLUSTER = "home";

  private static final String PASSWORD_BEFORE = "hunter2-before-rotation";
  private static final String PASSWORD_AFTER = "correct-horse-battery-staple";

  /**
   * Every form of the Secret's values that must never appear in any output (the passwords, and
   * their base64, as a Secret's {@code data} would hold them).
   */
  public static final List<String> SECRET_VALUES =
      List.of(PASSWORD_BEFORE, PASSWORD_AFTER, base64(PASSWORD_BEFORE), base64(PASSWORD_AFTER));

  /** The commits, in order; each changes the repository as its description says. */
  public enum Step {
    INITIAL("initial", "web and api share a component; hello releases a chart of the repository"),
    ADDED("added", "a ConfigMap added to api"),
    REMOVED("removed", "web's Service removed"),
    IMAGE_BUMP("image-bump", "web's image tag bumped (and README.md, outside the Flux folder)"),
    RENAMED("renamed", "api's ConfigMap renamed (same content, new file)"),
    COMPONENT(
        "component", "the shared component's annotation changed: every object of web and api"),
    CHART_BUMP("chart-bump", "hello's chart: version 0.1.0 to 0.2.0, a template key added"),
    SECRET("secret", "api's Secret: a new password"),
    KS_REMOVED("ks-removed", "web's Kustomization and folder removed: Flux prunes its objects");

    private final String tag;
    private final String description;

    Step(String tag, String description) {
      this.tag = tag;
      this.description = description;
    }

    /** The Git tag of the step's commit; {@code tag + "~1"} is the commit before. */
    public String tag() {
      return tag;
    }

    public String description() {
      return description;
    }
  }

  /**
   * One object-level change a step makes, as {@code hops diff} should report it.
   *
   * @param owner the Kustomization or HelmRelease that applies the object ({@code Kind/ns/name})
   * @param object {@code Kind/namespace/name}
   * @param renamedFrom for a rename, the former {@code Kind/namespace/name}; else null
   */
  public record Expected(Action action, String owner, String object, String renamedFrom) {

    static Expected of(Action action, String owner, String object) {
      return new Expected(action, owner, object, null);
    }

    @Override
    public String toString() {
      return action.label()
          + " "
          + object
          + (renamedFrom == null ? "" : " from " + renamedFrom)
          + " ("
          + owner
          + ")";
    }
  }

  private final Path dir;

  private FluxScenario(Path dir) {
    this.dir = dir;
  }

  /** The repository in {@code dir} with every step committed (HEAD at {@link Step#KS_REMOVED}). */
  public static FluxScenario create(Path dir) {
    return create(dir, Step.KS_REMOVED, true);
  }

  /**
   * The repository with the steps up to {@code last}; {@code last}'s changes are left uncommitted
   * in the working tree when {@code commitLast} is false (HEAD is then the step before).
   */
  public static FluxScenario create(Path dir, Step last, boolean commitLast) {
    try (GitRepoBuilder git = GitRepoBuilder.init(dir)) {
      State state = new State();
      Map<String, String> written = Map.of();
      for (Step step : Step.values()) {
        state = state.after(step);
        written = sync(git, written, files(state));
        if (step == last && !commitLast) {
          break;
        }
        git.commit(step.description());
        git.tag(step.tag());
        if (step == last) {
          break;
        }
      }
    }
    return new FluxScenario(dir);
  }

  /** The root of the Git work tree. */
  public Path gitDir() {
    return dir;
  }

  /** The Flux repository folder (what {@code hops diff --path} takes). */
  public Path folder() {
    return dir.resolve(FOLDER);
  }

  /** The files of the Flux folder the step changes, as {@code ChangedFile.toString()} prints. */
  public static List<String> changedFiles(Step step) {
    return ScenarioExpectations.changedFiles(step);
  }

  /** What the step does to the objects Flux applies, in no particular order. */
  public static List<Expected> expectedChanges(Step step) {
    return ScenarioExpectations.changes(step);
  }

  /** Writes the files of the new state, deletes those it no longer has. */
  private static Map<String, String> sync(
      GitRepoBuilder git, Map<String, String> before, Map<String, String> after) {
    before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(git::delete);
    after.forEach(
        (p, text) -> {
          if (!text.equals(before.get(p))) {
            git.write(p, text);
          }
        });
    return after;
  }

  private static Map<String, String> files(State s) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("README.md", "# home-ops\n\n" + s.readme + "\n");
    String k = FOLDER + "/";
    f.put(k + "clusters/home/flux-system/gotk-sync.yaml", GOTK_SYNC);
    List<String> apps =
        new ArrayList<>(s.webKs ? List.of("web", "api", "hello") : List.of("api", "hello"));
    f.put(
        k + "clusters/home/apps.yaml",
        String.join("", apps.stream().map(ScenarioFiles::appKustomization).toList()));
    f.put(k + "components/team/kustomization.yaml", teamComponent(s.team));
    if (s.webKs) {
      f.put(k + "apps/web/kustomization.yaml", webKustomization(s.webService));
      f.put(k + "apps/web/namespace.yaml", namespace("web"));
      f.put(k + "apps/web/deployment.yaml", deployment("web", s.webImage));
      if (s.webService) {
        f.put(k + "apps/web/service.yaml", WEB_SERVICE);
      }
    }
    f.put(k + "apps/api/kustomization.yaml", apiKustomization(s.settingsFile, s.apiExtra));
    f.put(k + "apps/api/namespace.yaml", namespace("api"));
    f.put(k + "apps/api/deployment.yaml", deployment("api", "ghcr.io/example/api:2.4.0"));
    f.put(k + "apps/api/" + s.settingsFile, apiSettings(s.settingsName));
    f.put(k + "apps/api/secret.yaml", apiSecret(s.password));
    if (s.apiExtra) {
      f.put(k + "apps/api/extra.yaml", API_EXTRA);
    }
    f.put(k + "apps/hello/kustomization.yaml", HELLO_KUSTOMIZATION);
    f.put(k + "apps/hello/release.yaml", HELLO_RELEASE);
    f.put(k + "charts/hello/Chart.yaml", chartYaml(s.chartVersion));
    f.put(k + "charts/hello/templates/configmap.yaml", chartTemplate(s.farewell));
    return f;
  }

  /** What the repository holds after a step; each step changes a copy. */
  private static final class State implements Cloneable {
    String readme = "Flux repository in kubernetes/.";
    boolean webKs = true;
    boolean webService = true;
    String webImage = "ghcr.io/example/web:1.0.0";
    boolean apiExtra;
    String settingsName = "api-settings";
    String settingsFile = "settings.yaml";
    String team = "platform";
    String chartVersion = "0.1.0";
    boolean farewell;
    String password = PASSWORD_BEFORE;

    State after(Step step) {
      State s = copy();
      switch (step) {
        case INITIAL -> {}
        case ADDED -> s.apiExtra = true;
        case REMOVED -> s.webService = false;
        case IMAGE_BUMP -> {
          s.webImage = "ghcr.io/example/web:1.1.0";
          s.readme = "Bumped web.";
        }
        case RENAMED -> {
          s.settingsName = "api-config";
          s.settingsFile = "config.yaml";
        }
        case COMPONENT -> s.team = "core";
        case CHART_BUMP -> {
          s.chartVersion = "0.2.0";
          s.farewell = true;
        }
        case SECRET -> s.password = PASSWORD_AFTER;
        case KS_REMOVED -> s.webKs = false;
      }
      return s;
    }

    private State copy() {
      try {
        return (State) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
