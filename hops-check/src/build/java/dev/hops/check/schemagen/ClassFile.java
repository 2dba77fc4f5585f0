package dev.hops.check.schemagen;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a class file the generator reads (JVMS chapter 4): the constant pool's strings, the
 * fields with their generic signatures and {@code @SerializedName} values, and the methods with
 * their descriptors and code. Nothing is loaded or run.
 */
final class ClassFile {

  record Field(String name, String descriptor, String signature, String serializedName) {

    /** The generic signature when there is one, else the descriptor. */
    String type() {
      return signature != null ? signature : descriptor;
    }
  }

  record Method(String name, String descriptor, byte[] code) {}

  private static final String SERIALIZED_NAME = "Lcom/google/gson/annotations/SerializedName;";

  private final Object[] pool;
  private final byte[] tags;
  final String name;
  final List<Field> fields = new ArrayList<>();
  final List<Method> methods = new ArrayList<>();

  ClassFile(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    pool = new Object[count];
    tags = new byte[count];
    for (int i = 1; i < count; i++) {
      tags[i] = in.readByte();
      pool[i] = readConstant(in, tags[i]);
      if (tags[i] == 5 || tags[i] == 6) {
        i++; // longs and doubles take two entries
      }
    }
    in.readUnsignedShort();
    name = className(in.readUnsignedShort());
    in.readUnsignedShort();
    in.skipBytes(2 * in.readUnsignedShort());
    int nFields = in.readUnsignedShort();
    for (int i = 0; i < nFields; i++) {
      fields.add(readField(in));
    }
    int nMethods = in.readUnsignedShort();
    for (int i = 0; i < nMethods; i++) {
      methods.add(readMethod(in));
    }
  }

  private static Object readConstant(DataInputStream in, byte tag) throws IOException {
    return switch (tag) {
      case 1 -> in.readUTF();
      case 3, 4 -> in.readInt();
      case 5, 6 -> in.readLong();
      case 7, 8, 16, 19, 20 -> new int[] {in.readUnsignedShort()};
      case 9, 10, 11, 12, 17, 18 -> new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
      case 15 -> new int[] {in.readUnsignedByte(), in.readUnsignedShort()};
      default -> throw new IOException("unknown constant pool tag " + tag);
    };
  }

  private Field readField(DataInputStream in) throws IOException {
    in.readUnsignedShort();
    String fieldName = utf8(in.readUnsignedShort());
    String descriptor = utf8(in.readUnsignedShort());
    String signature = null;
    String serializedName = null;
    int attrs = in.readUnsignedShort();
    for (int a = 0; a < attrs; a++) {
      String attr = utf8(in.readUnsignedShort());
      byte[] body = in.readNBytes(in.readInt());
      if (attr.equals("Signature")) {
        signature = utf8(((body[0] & 0xff) << 8) | (body[1] & 0xff));
      } else if (attr.equals("RuntimeVisibleAnnotations")) {
        serializedName = serializedName(new DataInputStream(new ByteArrayInputStream(body)));
      }
    }
    return new Field(fieldName, descriptor, signature, serializedName);
  }

  private Method readMethod(DataInputStream in) throws IOException {
    in.readUnsignedShort();
    String methodName = utf8(in.readUnsignedShort());
    String descriptor = utf8(in.readUnsignedShort());
    byte[] code = null;
    int attrs = in.readUnsignedShort();
    for (int a = 0; a < attrs; a++) {
      String attr = utf8(in.readUnsignedShort());
      byte[] body = in.readNBytes(in.readInt());
      if (attr.equals("Code")) {
        DataInputStream c = new DataInputStream(new ByteArrayInputStream(body));
        c.readUnsignedShort();
        c.readUnsignedShort();
        code = c.readNBytes(c.readInt());
      }
    }
    return new Method(methodName, descriptor, code);
  }

  /** The {@code value} of a {@code @SerializedName} among the annotations, or null. */
  private String serializedName(DataInputStream in) throws IOException {
    String found = null;
    int n = in.readUnsignedShort();
    for (int i = 0; i < n; i++) {
      String type = utf8(in.readUnsignedShort());
      int pairs = in.readUnsignedShort();
      for (int p = 0; p < pairs; p++) {
        String element = utf8(in.readUnsignedShort());
        String value = elementValue(in);
        if (type.equals(SERIALIZED_NAME) && element.equals("value")) {
          found = value;
        }
      }
    }
    return found;
  }

  /** Reads an element value; returns it when it is a string constant. */
  private String elementValue(DataInputStream in) throws IOException {
    char tag = (char) in.readUnsignedByte();
    switch (tag) {
      case 's' -> {
        return utf8(in.readUnsignedShort());
      }
      case 'e' -> in.skipBytes(4);
      case '@' -> {
        in.readUnsignedShort();
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
          in.readUnsignedShort();
          elementValue(in);
        }
      }
      case '[' -> {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
          elementValue(in);
        }
      }
      default -> in.skipBytes(2);
    }
    return null;
  }

  String utf8(int index) {
    return (String) pool[index];
  }

  String className(int index) {
    return utf8(((int[]) pool[index])[0]);
  }

  /** The string of a CONSTANT_String entry, or null when the entry is something else. */
  String stringConstant(int index) {
    return tags[index] == 8 ? utf8(((int[]) pool[index])[0]) : null;
  }

  /** The field name a CONSTANT_Fieldref entry refers to. */
  String fieldRefName(int index) {
    int nameAndType = ((int[]) pool[index])[1];
    return utf8(((int[]) pool[nameAndType])[0]);
  }

  /** Every CONSTANT_Utf8 of the pool. */
  List<String> strings() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < pool.length; i++) {
      if (tags[i] == 1) {
        out.add((String) pool[i]);
      }
    }
    return out;
  }

  Method method(String methodName) {
    for (Method m : methods) {
      if (m.name().equals(methodName)) {
        return m;
      }
    }
    return null;
  }
}
