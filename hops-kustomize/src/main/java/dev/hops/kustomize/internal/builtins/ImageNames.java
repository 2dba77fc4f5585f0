package dev.hops.kustomize.internal.builtins;

/** kustomize's image.Split: name, tag and digest of an image reference. */
final class ImageNames {

  private ImageNames() {}

  static String[] split(String imageName) {
    String searchName = imageName;
    int slashIndex = imageName.indexOf('/');
    if (slashIndex > 0) {
      searchName = imageName.substring(slashIndex);
    } else {
      slashIndex = 0;
    }
    int id = searchName.indexOf('@');
    int ic = searchName.indexOf(':');
    if (ic < 0 && id < 0) {
      return new String[] {imageName, "", ""};
    }
    if (id >= 0 && (id < ic || ic < 0)) {
      id += slashIndex;
      return new String[] {
        imageName.substring(0, id), "", trimPrefix(imageName.substring(id), "@")
      };
    }
    if (id >= 0) {
      id += slashIndex;
      ic += slashIndex;
      return new String[] {
        imageName.substring(0, ic),
        trimPrefix(imageName.substring(ic, id), ":"),
        trimPrefix(imageName.substring(id), "@")
      };
    }
    ic += slashIndex;
    return new String[] {imageName.substring(0, ic), trimPrefix(imageName.substring(ic), ":"), ""};
  }

  private static String trimPrefix(String s, String p) {
    return s.startsWith(p) ? s.substring(p.length()) : s;
  }
}
