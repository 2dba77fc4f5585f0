package dev.hops.flux.internal.subst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VarNameTest {

  @Test
  void isVarNameIsFluxsExpression() {
    Pattern flux = Pattern.compile("[_A-Za-z][_A-Za-z0-9]*");
    String alphabet = "aZ_09-. é$";
    Random random = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(5); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Substitution.isVarName(s)).as("'%s'", s).isEqualTo(flux.matcher(s).matches());
    }
  }
}
