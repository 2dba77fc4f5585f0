package dev.hops.check.rules;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.kustomize.TreePaths;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * House rule (seed 002, Naming Conventions: "Applications: kebab-case"): Flux Kustomization and
 * HelmRelease names and app folders are lower-case words joined by single hyphens.
 */
public final class KebabCase implements Rule {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Override
  public String id() {
    return "kebab-case";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "app names are kebab-case: Kustomizations, HelmReleases, app folders";
  }

  @Override
  public String explanation() {
    return "Seed 002 names applications in kebab-case (`paperless-ngx`,"
        + " `kube-prometheus-stack`): lower-case letters and digits, words joined by single"
        + " hyphens. The name of an app recurs in its folder, its Flux Kustomization, its"
        + " HelmRelease, its OCIRepository, the `APP` variable and the labels and Services the"
        + " chart derives from it; one spelling everywhere keeps them greppable and valid as DNS"
        + " labels (Kubernetes refuses upper case and underscores in most names; dots make"
        + " Service and host names ambiguous). The rule checks the names of Flux Kustomizations"
        + " and HelmReleases (at metadata.name) and the folders holding a `ks.yaml`. Fix: rename"
        + " it, e.g. `Paper_Less.ngx` to `paper-less-ngx`.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Set<String> folders = new HashSet<>();
    for (Rendered r : context.objects()) {
      if (!FluxObjects.isKustomization(r) && !FluxObjects.isHelmRelease(r)) {
        continue;
      }
      if (!KEBAB.matcher(r.name()).matches()) {
        findings.accept(
            Finding.of(
                this,
                Rules.position(r, "metadata", "name"),
                r.ref(),
                r.kind() + " name '" + r.name() + "' is not kebab-case",
                "rename it to " + suggest(r.name())));
      }
      String file = FluxObjects.isKustomization(r) ? context.repositoryPath(r.pos()) : null;
      if (file != null && TreePaths.fileName(file).equals("ks.yaml")) {
        String dir = TreePaths.parent(file);
        String name = TreePaths.fileName(dir);
        if (!name.isEmpty() && !KEBAB.matcher(name).matches() && folders.add(dir)) {
          findings.accept(
              Finding.of(
                  this,
                  r.pos(),
                  r.ref(),
                  "app folder '" + dir + "/' is not kebab-case",
                  "rename the folder to " + suggest(name) + "/"));
        }
      }
    }
  }

  /** Lower case, every run of other characters a single hyphen, camelCase split. */
  static String suggest(String name) {
    String s = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "app" : s;
  }
}
