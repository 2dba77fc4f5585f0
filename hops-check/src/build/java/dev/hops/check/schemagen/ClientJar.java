package dev.hops.check.schemagen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One release of the Kubernetes Java client ({@code io.kubernetes:client-java-api}), generated from
 * the OpenAPI document of one Kubernetes minor: its model classes (one per definition) and its API
 * classes (one per group and version, e.g. {@code AppsV1Api}).
 */
final class ClientJar implements AutoCloseable {

  static final String MODELS = "io/kubernetes/client/openapi/models/";
  private static final String APIS = "io/kubernetes/client/openapi/apis/";

  /** A kind the API serves: {@code apps/v1 Deployment V1Deployment}. */
  record Kind(String apiVersion, String kind, String model) {}

  /** An API class's request paths: {@code /apis/apps/v1/...} or {@code /api/v1/...}. */
  private static final Pattern PATH = Pattern.compile("^/apis?/(?:([^/{]+)/)?(v[^/{]+)/");

  /** A request of an API class that returns one object of a kind: read or create. */
  private static final Pattern REQUEST =
      Pattern.compile("^(\\w+Api)\\$API(?:read|create)(?:Namespaced)?(\\w+)Request\\.class$");

  /** The model class of a kind: an optional group prefix, the version, then the kind. */
  private static final Pattern VERSION_PREFIX =
      Pattern.compile("^(?:[A-Z][a-z]+)*V\\d+(?:(?:alpha|beta)\\d+)?$");

  private final ZipFile zip;
  private final Map<String, ClassFile> classes = new HashMap<>();

  ClientJar(Path jar) throws IOException {
    this.zip = new ZipFile(jar.toFile());
  }

  /** A class of the jar by its internal name ({@code io/kubernetes/.../V1Pod}), or null. */
  ClassFile load(String internalName) throws IOException {
    ClassFile c = classes.get(internalName);
    if (c == null) {
      ZipEntry e = zip.getEntry(internalName + ".class");
      if (e == null) {
        return null;
      }
      try (InputStream in = zip.getInputStream(e)) {
        c = new ClassFile(in.readAllBytes());
      }
      classes.put(internalName, c);
    }
    return c;
  }

  /** Every kind the API classes read or create, by apiVersion and kind. */
  List<Kind> kinds() throws IOException {
    TreeSet<String> seen = new TreeSet<>();
    List<Kind> out = new ArrayList<>();
    for (ZipEntry e : zip.stream().toList()) {
      if (!e.getName().startsWith(APIS)) {
        continue;
      }
      Matcher m = REQUEST.matcher(e.getName().substring(APIS.length()));
      if (!m.matches()) {
        continue;
      }
      String apiVersion = apiVersion(APIS + m.group(1));
      String model = returnedModel(e.getName().replace(".class", ""));
      String kind = m.group(2);
      if (apiVersion != null
          && model != null
          && model.endsWith(kind)
          && VERSION_PREFIX.matcher(model.substring(0, model.length() - kind.length())).matches()
          && seen.add(apiVersion + " " + kind)) {
        out.add(new Kind(apiVersion, kind, model));
      }
    }
    return out;
  }

  private String apiVersion(String apiClass) throws IOException {
    for (String s : load(apiClass).strings()) {
      Matcher m = PATH.matcher(s);
      if (m.find()) {
        return m.group(1) == null ? m.group(2) : m.group(1) + "/" + m.group(2);
      }
    }
    return null;
  }

  /** The model class that a request's {@code execute()} returns, or null. */
  private String returnedModel(String requestClass) throws IOException {
    for (ClassFile.Method m : load(requestClass).methods) {
      String d = m.descriptor();
      if (m.name().equals("execute") && d.startsWith("()L" + MODELS)) {
        return d.substring(3 + MODELS.length(), d.length() - 1);
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
