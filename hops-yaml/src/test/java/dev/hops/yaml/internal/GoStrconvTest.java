package dev.hops.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GoStrconvTest {

  /** The expression go-yaml writes and isYamlStyleFloat spells out. */
  private static final Pattern FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");

  @Test
  void yamlStyleFloatIsTheRegularExpression() {
    String alphabet = "0123456789.eE+-_x \n:٣";
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(GoStrconv.isYamlStyleFloat(s)).as("'%s'", s).isEqualTo(FLOAT.matcher(s).matches());
    }
    for (String s :
        new String[] {"1.5", ".5", "5.", "-1e3", "+.5E-2", "1e", ".", "", "1.2.3", "1\n"}) {
      assertThat(GoStrconv.isYamlStyleFloat(s)).as(s).isEqualTo(FLOAT.matcher(s).matches());
    }
  }
}
