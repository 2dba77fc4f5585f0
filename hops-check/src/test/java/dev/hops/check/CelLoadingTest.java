package dev.hops.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CEL library costs nothing without custom rules: building a checker loads none of its classes
 * then. Checked in a class loader of its own, since other tests of this JVM load CEL.
 */
class CelLoadingTest {

  private static final String CEL_CLASS = "dev.cel.bundle.Cel";

  /** Loads every class itself (the test class path, without delegating to the test's loader). */
  private static final class Isolated extends URLClassLoader {
    Isolated() throws MalformedURLException {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }
  }

  private static URL[] classPath() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    return urls.toArray(URL[]::new);
  }

  /** Builds a checker for a configuration inside the loader, returns its number of rules. */
  private static int build(Isolated loader, String config) throws ReflectiveOperationException {
    Class<?> configClass = loader.loadClass("dev.hops.check.CheckConfig");
    Object cfg =
        configClass
            .getMethod("parse", String.class, String.class)
            .invoke(null, config, ".hops.yaml");
    Class<?> settingsClass = loader.loadClass("dev.hops.check.CheckSettings");
    Object settings =
        settingsClass
            .getConstructor(configClass, String.class, List.class)
            .newInstance(cfg, null, List.of());
    Class<?> checkerClass = loader.loadClass("dev.hops.check.Checker");
    Object builder = checkerClass.getMethod("builder").invoke(null);
    builder = builder.getClass().getMethod("settings", settingsClass).invoke(builder, settings);
    Object checker = builder.getClass().getMethod("build").invoke(builder);
    return ((List<?>) checkerClass.getMethod("rules").invoke(checker)).size();
  }

  @Test
  void withoutCustomRulesNoCelClassIsLoaded() throws Exception {
    try (Isolated loader = new Isolated()) {
      int rules = build(loader, "rules:\n  image-digest: error\n");
      assertThat(rules).isPositive();
      assertThat(loader.loaded("dev.hops.check.Checker")).isTrue();
      assertThat(loader.loaded(CEL_CLASS)).isFalse();
      assertThat(loader.loaded("dev.hops.check.internal.cel.CelRules")).isFalse();
    }
  }

  @Test
  void withACustomRuleCelIsLoaded() throws Exception {
    try (Isolated loader = new Isolated()) {
      build(loader, "custom:\n  - id: x\n    expression: 'true'\n    message: x\n");
      assertThat(loader.loaded(CEL_CLASS)).isTrue();
    }
  }
}
