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
   * the hits' ends. A large buffer is walked as four quarters at once: each step of a DFA waits on
   * the previous one's table load, so four independent walks interleaved in one loop keep the CPU
   * busy while each waits. Every quarter after the first starts a keyword's length early, so
   * nothing straddling a boundary is lost; their hits are held and replayed in order after the
   * first's.
   */
  void scan(byte[] buf, int from, int to, HitSink sink) {
    // Below this, holding three quarters' hits costs more than the interleaving saves; and each
    // quarter must be longer than the longest keyword, which it re-reads from the one before.
    if (to - from < Math.max(2048, 8 * maxKeywordLength)) {
      scanOne(buf, from, to, sink);
      return;
    }
    final int[] table = delta;
    final byte[] cls = byteClass;
    final int width = classes;
    final int firstOut = firstOutputState * width;
    final int lead = maxKeywordLength - 1;
    int quarter = (to - from) / 4;
    int b1 = from + quarter;
    int b2 = from + 2 * quarter;
    int b3 = from + 3 * quarter;
    Hits h1 = new Hits();
    Hits h2 = new Hits();
    Hits h3 = new Hits();
    int s0 = 0;
    int s1 = 0;
    int s2 = 0;
    int s3 = 0;
    int p1 = b1 - lead;
    int p2 = b2 - lead;
    int p3 = b3 - lead;
    for (int p0 = from; p0 < b1; p0++, p1++, p2++, p3++) {
      s0 = table[s0 + (cls[buf[p0] & 0xff] & 0xff)];
      s1 = table[s1 + (cls[buf[p1] & 0xff] & 0xff)];
      s2 = table[s2 + (cls[buf[p2] & 0xff] & 0xff)];
      s3 = table[s3 + (cls[buf[p3] & 0xff] & 0xff)];
      if (s0 >= firstOut) {
        for (int k : outputs[s0 / width]) {
          sink.hit(k, p0 + 1);
        }
      }
      if (s1 >= firstOut && p1 >= b1) {
        h1.add(outputs[s1 / width], p1 + 1);
      }
      if (s2 >= firstOut && p2 >= b2) {
        h2.add(outputs[s2 / width], p2 + 1);
      }
      if (s3 >= firstOut && p3 >= b3) {
        h3.add(outputs[s3 / width], p3 + 1);
      }
    }
    s1 = finish(buf, p1, b2, s1, b1, h1);
    s2 = finish(buf, p2, b3, s2, b2, h2);
    finish(buf, p3, to, s3, b3, h3);
    h1.replay(sink);
    h2.replay(sink);
    h3.replay(sink);
  }

  /** Walks one quarter's remaining bytes, holding the hits that end past its start. */
  private int finish(byte[] buf, int at, int end, int state, int start, Hits hits) {
    final int width = classes;
    final int firstOut = firstOutputState * width;
    int s = state;
    for (int p = at; p < end; p++) {
      s = delta[s + (byteClass[buf[p] & 0xff] & 0xff)];
      if (s >= firstOut && p >= start) {
        hits.add(outputs[s / width], p + 1);
      }
    }
    return s;
  }

  /** Hits held back until the quarters before them have been reported. */
  private static final class Hits {
    private int[] pairs = new int[32];
    private int count;

    void add(int[] keywords, int end) {
      for (int k : keywords) {
        if (count + 2 > pairs.length) {
          pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[count++] = k;
        pairs[count++] = end;
      }
    }

    void replay(HitSink sink) {
      for (int i = 0; i < count; i += 2) {
        sink.hit(pairs[i], pairs[i + 1]);
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
