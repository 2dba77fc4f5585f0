package dev.hops.check.schemagen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strings a static initializer puts in static set fields. The generated models fill {@code
 * openapiFields} and {@code openapiRequiredFields} either element by element ({@code getstatic
 * field; ldc "name"; invokevirtual HashSet.add}) or from an array literal ({@code new HashSet(
 * Arrays.asList(new String[] {"a", ...})); putstatic field}), depending on the generator's release.
 * The code is walked instruction by instruction; an instruction the walk does not know stops the
 * build rather than guessing.
 */
final class StaticSets {

  private StaticSets() {}

  static Set<String> added(ClassFile cls, String field) throws IOException {
    return all(cls).getOrDefault(field, Set.of());
  }

  /** The strings each static field is given, by field name. */
  static Map<String, Set<String>> all(ClassFile cls) throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    ClassFile.Method clinit = cls.method("<clinit>");
    if (clinit == null || clinit.code() == null) {
      return out;
    }
    byte[] code = clinit.code();
    String target = null; // the field of the last getstatic: strings are added to it
    List<String> pending = new ArrayList<>(); // strings of an array literal, until its putstatic
    for (int pc = 0; pc < code.length; ) {
      int op = code[pc] & 0xff;
      if (op == 0xb2) { // getstatic
        target = cls.fieldRefName(u2(code, pc + 1));
      } else if (op == 0xb3) { // putstatic
        out.computeIfAbsent(cls.fieldRefName(u2(code, pc + 1)), k -> new LinkedHashSet<>())
            .addAll(pending);
        pending.clear();
        target = null;
      } else if (op == 0x12 || op == 0x13) { // ldc, ldc_w
        String s = cls.stringConstant(op == 0x12 ? code[pc + 1] & 0xff : u2(code, pc + 1));
        if (s != null && target != null) {
          out.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(s);
        } else if (s != null) {
          pending.add(s);
        }
      }
      pc += length(op, cls.name, pc);
    }
    return out;
  }

  private static int u2(byte[] code, int at) {
    return ((code[at] & 0xff) << 8) | (code[at + 1] & 0xff);
  }

  /** The length of the instruction with this opcode (JVMS 6.5), switches and wide excluded. */
  private static int length(int op, String cls, int pc) throws IOException {
    if (op == 0x10
        || op == 0x12
        || (op >= 0x15 && op <= 0x19)
        || (op >= 0x36 && op <= 0x3a)
        || op == 0xa9
        || op == 0xbc) {
      return 2;
    }
    if (op == 0x11
        || op == 0x13
        || op == 0x14
        || op == 0x84
        || (op >= 0x99 && op <= 0xa8)
        || (op >= 0xb2 && op <= 0xb8)
        || op == 0xbb
        || op == 0xbd
        || op == 0xc0
        || op == 0xc1
        || op == 0xc6
        || op == 0xc7) {
      return 3;
    }
    if (op == 0xc5) {
      return 4;
    }
    if (op == 0xb9 || op == 0xba || op == 0xc8 || op == 0xc9) {
      return 5;
    }
    if (op == 0xaa || op == 0xab || op == 0xc4 || op > 0xc9) {
      throw new IOException(cls + ".<clinit>: unexpected opcode " + op + " at " + pc);
    }
    return 1;
  }
}
