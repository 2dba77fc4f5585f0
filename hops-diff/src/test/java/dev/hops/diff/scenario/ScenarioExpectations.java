package dev.hops.diff.scenario;

import static dev.hops.diff.Action.ADDED;
import static dev.hops.diff.Action.CHANGED;
import static dev.hops.diff.Action.REMOVED;
import static dev.hops.diff.Action.RENAMED;

import dev.hops.diff.scenario.FluxScenario.Expected;
import dev.hops.diff.scenario.FluxScenario.Step;
import java.util.List;

/** What each step of {@link FluxScenario} changes: files of the Flux folder, and objects. */
final class ScenarioExpectations {

  private ScenarioExpectations() {}

  private static final String FLUX = "Kustomization/flux-system/flux-system";
  private static final String WEB = "Kustomization/flux-system/web";
  private static final String API = "Kustomization/flux-system/api";
  private static final String HELLO = "HelmRelease/default/hello";

  static List<String> changedFiles(Step step) {
    return switch (step) {
      case INITIAL -> throw new IllegalArgumentException("the first commit has no commit before");
      case ADDED -> List.of("A apps/api/extra.yaml", "M apps/api/kustomization.yaml");
      case REMOVED -> List.of("M apps/web/kustomization.yaml", "R apps/web/service.yaml");
      case IMAGE_BUMP -> List.of("M apps/web/deployment.yaml");
      case RENAMED ->
          List.of(
              "A apps/api/config.yaml",
              "M apps/api/kustomization.yaml",
              "R apps/api/settings.yaml");
      case COMPONENT -> List.of("M components/team/kustomization.yaml");
      case CHART_BUMP ->
          List.of("M charts/hello/Chart.yaml", "M charts/hello/templates/configmap.yaml");
      case SECRET -> List.of("M apps/api/secret.yaml");
      case KS_REMOVED ->
          List.of(
              "R apps/web/deployment.yaml",
              "R apps/web/kustomization.yaml",
              "R apps/web/namespace.yaml",
              "M clusters/home/apps.yaml");
    };
  }

  static List<Expected> changes(Step step) {
    return switch (step) {
      case INITIAL -> throw new IllegalArgumentException("the first commit has no commit before");
      case ADDED -> List.of(Expected.of(ADDED, API, "ConfigMap/api/api-extra"));
      case REMOVED -> List.of(Expected.of(REMOVED, WEB, "Service/web/web"));
      case IMAGE_BUMP -> List.of(Expected.of(CHANGED, WEB, "Deployment/web/web"));
      case RENAMED ->
          List.of(
              new Expected(RENAMED, API, "ConfigMap/api/api-config", "ConfigMap/api/api-settings"));
      case COMPONENT ->
          List.of(
              Expected.of(CHANGED, WEB, "Namespace/web"),
              Expected.of(CHANGED, WEB, "Deployment/web/web"),
              Expected.of(CHANGED, API, "Namespace/api"),
              Expected.of(CHANGED, API, "Deployment/api/api"),
              Expected.of(CHANGED, API, "ConfigMap/api/api-config"),
              Expected.of(CHANGED, API, "ConfigMap/api/api-extra"),
              Expected.of(CHANGED, API, "Secret/api/api-credentials"));
      case CHART_BUMP -> List.of(Expected.of(CHANGED, HELLO, "ConfigMap/default/hello"));
      case SECRET -> List.of(Expected.of(CHANGED, API, "Secret/api/api-credentials"));
      case KS_REMOVED ->
          List.of(
              Expected.of(REMOVED, FLUX, "Kustomization/flux-system/web"),
              Expected.of(REMOVED, WEB, "Namespace/web"),
              Expected.of(REMOVED, WEB, "Deployment/web/web"));
    };
  }
}
