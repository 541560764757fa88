package dev.bulwark.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An Aho-Corasick automaton over bytes, compiled to a dense transition table, that finds every
 * keyword (ASCII, matched case-insensitively) in one pass. The catalog's keywords are the
 * prefilter: a pattern's regex runs only near a hit of one of its keywords.
 *
 * <p>Why not the {@code org.ahocorasick} library: it works on {@code String}s and allocates an
 * object per hit; this table walk reads one int per input byte and allocates nothing, which is what
 * lets the whole catalog run at a few hundred MB/s (see docs/secrets.md for the figures). States
 * are renumbered so that every state with an output has an id at or above {@link
 * #firstOutputState}, so the hot loop tests one comparison per byte.
 */
final class KeywordAutomaton {
  private final int[] delta;
  private final int firstOutputState;

  /** Input bytes that behave alike share a class, so a state's row is short and stays cached. */
  private final byte[] byteClass = new byte[256];

  private final int classes;
  private final int[][] outputs;
  private final int[] keywordLengths;
  private final int maxKeywordLength;

  /** Receives each keyword hit: the keyword's index and the offset just past it. */
  interface HitSink {
    void hit(int keyword, int end);
  }

  KeywordAutomaton(List<String> keywords) {
    Trie trie = new Trie();
    keywordLengths = new int[keywords.size()];
    for (int k = 0; k < keywords.size(); k++) {
      byte[] bytes = keywords.get(k).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
      keywordLengths[k] = bytes.length;
      trie.add(bytes, k);
    }
    trie.link();
    maxKeywordLength = java.util.Arrays.stream(keywordLengths).max().orElse(1);
    int n = trie.size();
    int[] order = new int[n];
    int[] newId = new int[n];
    int next = 0;
    for (int s = 0; s < n; s++) {
      if (trie.out.get(s).isEmpty()) {
        order[next] = s;
        newId[s] = next++;
      }
    }
    firstOutputState = next;
    for (int s = 0; s < n; s++) {
      if (!trie.out.get(s).isEmpty()) {
        order[next] = s;
        newId[s] = next++;
      }
    }
    boolean[] used = new boolean[256];
    for (String k : keywords) {
      for (byte b : k.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII)) {
        used[b & 0xff] = true;
      }
    }
    int next2 = 1; // class 0: every byte that appears in no keyword
    int[] classOfLower = new int[256];
    for (int b = 0; b < 256; b++) {
      if (used[b]) {
        classOfLower[b] = next2++;
      }
    }
    classes = next2;
    int[] representative = new int[classes];
    java.util.Arrays.fill(representative, 0);
    for (int b = 0; b < 256; b++) {
      int c = classOfLower[lower(b)];
      byteClass[b] = (byte) c;
      if (c != 0) {
        representative[c] = lower(b);
      } else if (!used[b] && representative[0] == 0) {
        representative[0] = b;
      }
    }
    delta = new int[n * classes];
    outputs = new int[n][];
    for (int id = 0; id < n; id++) {
      int s = order[id];
      for (int c = 0; c < classes; c++) {
        delta[id * classes + c] = newId[trie.go[s * 256 + representative[c]]] * classes;
      }
      outputs[id] = trie.out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  int keywordLength(int keyword) {
    return keywordLengths[keyword];
  }

  /**
   * Feeds {@code buf[from, to)} through the automaton and reports every keyword hit, in order of
   * the hits' ends. A large buffer is walked as two halves at once: each step of a DFA waits on the
   * previous one's table load, so two independent walks interleaved in one loop keep the CPU busy
   * while either waits. The second half starts a keyword's length early so nothing straddling the
   * middle is lost, and its hits are replayed after the first half's.
   */
  void scan(byte[] buf, int from, int to, HitSink sink) {
    if (to - from < 8192) {
      scanOne(buf, from, to, sink);
      return;
    }
    final int[] table = delta;
    final byte[] cls = byteClass;
    final int width = classes;
    final int firstOut = firstOutputState * width;
    int mid = from + (to - from) / 2;
    int j = mid - (maxKeywordLength - 1);
    int a = 0;
    int b = 0;
    int[] later = new int[64];
    int count = 0;
    for (int i = from; i < mid; i++, j++) {
      a = table[a + (cls[buf[i] & 0xff] & 0xff)];
      b = table[b + (cls[buf[j] & 0xff] & 0xff)];
      if (a >= firstOut) {
        for (int k : outputs[a / width]) {
          sink.hit(k, i + 1);
        }
      }
      if (b >= firstOut && j + 1 > mid) {
        for (int k : outputs[b / width]) {
          if (count + 2 > later.length) {
            later = java.util.Arrays.copyOf(later, later.length * 2);
          }
          later[count++] = k;
          later[count++] = j + 1;
        }
      }
    }
    for (int h = 0; h < count; h += 2) {
      sink.hit(later[h], later[h + 1]);
    }
    for (; j < to; j++) {
      b = table[b + (cls[buf[j] & 0xff] & 0xff)];
      if (b >= firstOut && j + 1 > mid) {
        for (int k : outputs[b / width]) {
          sink.hit(k, j + 1);
        }
      }
    }
  }

  private void scanOne(byte[] buf, int from, int to, HitSink sink) {
    final int[] table = delta;
    final byte[] cls = byteClass;
    final int width = classes;
    final int firstOut = firstOutputState * width;
    int s = 0;
    for (int i = from; i < to; i++) {
      s = table[s + (cls[buf[i] & 0xff] & 0xff)];
      if (s >= firstOut) {
        for (int k : outputs[s / width]) {
          sink.hit(k, i + 1);
        }
      }
    }
  }

  private static int lower(int b) {
    return b >= 'A' && b <= 'Z' ? b + 32 : b;
  }

  /** The goto/failure construction, kept apart from the compiled table. */
  private static final class Trie {
    private int[] go = new int[256 * 64];
    private final List<List<Integer>> out = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();

    Trie() {
      newState();
    }

    int size() {
      return out.size();
    }

    private int newState() {
      int id = out.size();
      if ((id + 1) * 256 > go.length) {
        go = Arrays.copyOf(go, go.length * 2);
      }
      Arrays.fill(go, id * 256, id * 256 + 256, -1);
      out.add(new ArrayList<>());
      fail.add(0);
      return id;
    }

    void add(byte[] word, int keyword) {
      int s = 0;
      for (byte value : word) {
        int b = value & 0xff;
        if (go[s * 256 + b] < 0) {
          int created = newState();
          go[s * 256 + b] = created;
        }
        s = go[s * 256 + b];
      }
      out.get(s).add(keyword);
    }

    /** Breadth-first failure links, turning the trie into a complete DFA. */
    void link() {
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (int b = 0; b < 256; b++) {
        int t = go[b];
        if (t < 0) {
          go[b] = 0;
        } else {
          fail.set(t, 0);
          queue.add(t);
        }
      }
      while (!queue.isEmpty()) {
        int s = queue.poll();
        out.get(s).addAll(out.get(fail.get(s)));
        for (int b = 0; b < 256; b++) {
          int t = go[s * 256 + b];
          int f = go[fail.get(s) * 256 + b];
          if (t < 0) {
            go[s * 256 + b] = f;
          } else {
            fail.set(t, f);
            queue.add(t);
          }
        }
      }
    }
  }
}
