package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {
  private static final List<String> KEYWORDS =
      List.of("key", "sk_live_", "token", "ghp_", "-us", "eyj", "://");

  /** Every (keyword, end) pair, by the obvious quadratic search. */
  private static List<String> naive(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (int end = 1; end <= lower.length(); end++) {
      for (int k = 0; k < KEYWORDS.size(); k++) {
        String w = KEYWORDS.get(k);
        if (end >= w.length() && lower.startsWith(w, end - w.length())) {
          out.add(k + "@" + end);
        }
      }
    }
    return out;
  }

  private static List<String> automaton(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    List<String> out = new ArrayList<>();
    new KeywordAutomaton(KEYWORDS).scan(bytes, 0, bytes.length, (k, end) -> out.add(k + "@" + end));
    return out;
  }

  @Test
  void findsExactlyWhatANaiveSearchFindsInTheSameOrderOnLargeAndSmallTexts() {
    Random random = new Random(1);
    String alphabet = "keytonsk_livghp-u:/EYJ TOKEN\n";
    for (int size : new int[] {10, 100, 9000, 50_000}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < size; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<String> expected = naive(text.toString());
      List<String> actual = automaton(text.toString());
      assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(ends(actual)).isSorted();
    }
  }

  private static List<Integer> ends(List<String> hits) {
    return hits.stream().map(h -> Integer.parseInt(h.substring(h.indexOf('@') + 1))).toList();
  }
}
