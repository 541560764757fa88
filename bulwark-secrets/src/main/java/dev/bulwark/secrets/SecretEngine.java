package dev.bulwark.secrets;

import com.google.re2j.Matcher;
import dev.bulwark.core.RuleMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets engine: one keyword automaton over all patterns' keywords, then, only around a
 * keyword hit, the regexes of the patterns that keyword belongs to, then entropy and placeholder
 * checks. Immutable and thread-safe.
 */
public final class SecretEngine {
  /** How far past a keyword hit a single-line pattern looks when the line is very long. */
  private static final int REACH = 1024;

  /**
   * How far before a keyword hit a match may start: every catalog pattern has its keyword within
   * this distance of its start (a scheme before "://", hex before "-us1"), so a long line costs the
   * regexes a short window per hit, not the whole line.
   */
  private static final int BACK = 128;

  /** How far past the keyword a multi-line pattern (a PEM block) looks. */
  private static final int MULTILINE_REACH = 4096;

  private static final SecretEngine BUILT_IN = new SecretEngine(PatternCatalog.builtIn());

  private final List<SecretPattern> patterns;
  private final KeywordAutomaton automaton;

  /** Per keyword: the pattern indexes it feeds (the generic detector is index patterns.size()). */
  private final int[][] keywordTargets;

  /** Per keyword, when it is case-sensitive: its exact bytes, else null. */
  private final byte[][] exactKeywords;

  private SecretEngine(List<SecretPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    Map<String, List<Integer>> targets = new LinkedHashMap<>();
    Map<String, byte[]> exact = new LinkedHashMap<>();
    for (int p = 0; p < patterns.size(); p++) {
      for (String k : patterns.get(p).keywords()) {
        addKeyword(targets, exact, k, p);
      }
    }
    for (String k : GenericSecrets.KEYWORDS) {
      addKeyword(targets, exact, k, patterns.size());
    }
    List<String> keys = new ArrayList<>(targets.keySet());
    this.automaton =
        new KeywordAutomaton(keys.stream().map(k -> k.substring(k.indexOf(':') + 1)).toList());
    this.keywordTargets = new int[keys.size()][];
    this.exactKeywords = new byte[keys.size()][];
    for (int i = 0; i < keys.size(); i++) {
      keywordTargets[i] = targets.get(keys.get(i)).stream().mapToInt(Integer::intValue).toArray();
      exactKeywords[i] = exact.get(keys.get(i));
    }
  }

  private static void addKeyword(
      Map<String, List<Integer>> targets, Map<String, byte[]> exact, String keyword, int target) {
    boolean caseSensitive = !keyword.equals(keyword.toLowerCase(Locale.ROOT));
    String key = (caseSensitive ? "E:" : "I:") + keyword;
    targets.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
    if (caseSensitive) {
      exact.put(key, keyword.getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** The engine with the built-in catalog. Thread-safe and reusable. */
  public static SecretEngine builtIn() {
    return BUILT_IN;
  }

  /** An engine over exactly these patterns (plus the generic detector). */
  public static SecretEngine of(List<SecretPattern> patterns) {
    return new SecretEngine(patterns);
  }

  /** The built-in catalog plus a team's own patterns, validated (see {@link PatternCatalog}). */
  public SecretEngine withCustom(List<PatternSpec> custom) {
    if (custom.isEmpty()) {
      return this;
    }
    List<SecretPattern> all = new ArrayList<>(patterns);
    all.addAll(PatternCatalog.custom(custom));
    return new SecretEngine(all);
  }

  public List<SecretPattern> patterns() {
    return patterns;
  }

  /** Every catalog pattern match in {@code text} (a file's content, a folded literal, a body). */
  public List<SecretMatch> findIn(CharSequence text) {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    List<ByteMatch> found = scan(bytes, 0, bytes.length);
    List<SecretMatch> out = new ArrayList<>(found.size());
    for (ByteMatch b : found) {
      int start = charOffset(bytes, b.start());
      int end = charOffset(bytes, b.end());
      SecretMatch m = b.match();
      out.add(
          new SecretMatch(
              m.rule(), m.secret(), start, end, m.vendorPrefixLength(), m.confidence()));
    }
    return out;
  }

  /**
   * Judges a literal assigned to a name, as in {@code API_KEY = "..."}: a secret when the value
   * matches a catalog format, or when the name looks like a secret's, the value looks like one, and
   * the value is not a placeholder.
   */
  public Optional<SecretMatch> judgeAssignment(String name, String value) {
    List<SecretMatch> specific = findIn(value);
    if (!specific.isEmpty()) {
      return Optional.of(specific.get(0));
    }
    return GenericSecrets.judge(name, value, true)
        .map(c -> new SecretMatch(GenericSecrets.RULE, value, 0, value.length(), 0, c));
  }

  /** The rule of the generic detector. */
  public static RuleMeta genericRule() {
    return GenericSecrets.RULE;
  }

  /**
   * Every secret in {@code buf[from, to)}, sorted by offset, overlaps resolved in favour of the
   * more specific pattern. Offsets are byte offsets into {@code buf}.
   */
  public List<ByteMatch> scan(byte[] buf, int from, int to) {
    Scan scan = new Scan(buf, from, to);
    automaton.scan(buf, from, to, scan::onKeyword);
    return Overlaps.resolve(scan.found);
  }

  /** The per-call state of one scan: windows already searched, matches found. */
  private final class Scan {
    private final byte[] buf;
    private final int from;
    private final int to;
    private final int[] searchedUpTo;
    private final List<ByteMatch> found = new ArrayList<>();
    private int cachedStart = -1;
    private int cachedEnd = -1;
    private String cachedText = "";
    private int genericNameEnd = -1;
    private int knownPos = -1;
    private int knownLineStart = 0;
    private int knownLineEnd = -1;

    Scan(byte[] buf, int from, int to) {
      this.buf = buf;
      this.from = from;
      this.to = to;
      this.searchedUpTo = new int[patterns.size() + 1];
      Arrays.fill(searchedUpTo, -1);
    }

    void onKeyword(int keyword, int end) {
      int start = end - automaton.keywordLength(keyword);
      byte[] exact = exactKeywords[keyword];
      if (exact != null && !Arrays.equals(buf, start, end, exact, 0, exact.length)) {
        return;
      }
      for (int target : keywordTargets[keyword]) {
        if (target == patterns.size()) {
          generic(start, end);
          continue;
        }
        if (end <= searchedUpTo[target]) {
          continue;
        }
        boolean multiline = target < patterns.size() && patterns.get(target).multiline();
        // Keywords hold no newline, so the line of the hit's end is the hit's line; ends arrive in
        // increasing order, which lineStart relies on.
        int ws = Math.max(Math.min(lineStart(end), start), start - BACK);
        int we = multiline ? Math.min(to, end + MULTILINE_REACH) : lineEnd(end);
        searchedUpTo[target] = we;
        if (target < patterns.size() && !present(patterns.get(target).requires(), end, we)) {
          continue;
        }
        search(target, ws, we);
      }
    }

    /**
     * The start of the line holding {@code at}, at most {@link #REACH} back. Hits arrive in
     * increasing order, so the scan back stops where the previous lookup started: all lookups of
     * one buffer together read each byte at most once, however long its lines.
     */
    private int lineStart(int at) {
      if (at < knownPos) {
        int limit = Math.max(from, at - REACH);
        for (int i = at - 1; i >= limit; i--) {
          if (buf[i] == '\n') {
            return i + 1;
          }
        }
        return limit;
      }
      int found = -1;
      for (int i = at - 1; i >= Math.max(from, knownPos); i--) {
        if (buf[i] == '\n') {
          found = i + 1;
          break;
        }
      }
      if (found < 0) {
        found = knownPos >= from ? knownLineStart : from;
      }
      knownPos = at;
      knownLineStart = found;
      return Math.max(found, at - REACH);
    }

    /**
     * The end of the line holding {@code at}, at most {@link #REACH} ahead; remembered likewise.
     */
    private int lineEnd(int at) {
      if (at < knownLineEnd) {
        return Math.min(knownLineEnd, at + REACH);
      }
      int limit = Math.min(to, at + REACH);
      for (int i = at; i < limit; i++) {
        if (buf[i] == '\n') {
          knownLineEnd = i;
          return i;
        }
      }
      return limit;
    }

    private void search(int target, int ws, int we) {
      if (ws != cachedStart || we != cachedEnd) {
        // Latin-1 keeps one char per byte, so regex offsets are byte offsets.
        cachedText = new String(buf, ws, we - ws, StandardCharsets.ISO_8859_1);
        cachedStart = ws;
        cachedEnd = we;
      }
      SecretPattern p = patterns.get(target);
      Matcher m = p.regex().pattern().matcher(cachedText);
      int group = p.secretGroup();
      int at = 0;
      while (at <= cachedText.length() && m.find(at)) {
        at = m.end() > m.start() ? m.end() : m.start() + 1;
        if (p.leadingBoundary() && !wordBoundary(ws + m.start())) {
          at = m.start() + 1;
          continue;
        }
        if (m.start(group) < 0) {
          continue;
        }
        String secret = decode(ws + m.start(group), ws + m.end(group));
        if (accepts(p, secret)) {
          SecretMatch match =
              new SecretMatch(
                  p.rule(),
                  secret,
                  ws + m.start(group),
                  ws + m.end(group),
                  p.prefixLength(),
                  p.confidence());
          add(match.start(), match.end(), match);
        }
      }
    }

    /** Whether the pattern's required literal (if any) occurs in {@code buf[from, to)}. */
    private boolean present(Optional<String> literal, int from, int to) {
      if (literal.isEmpty()) {
        return true;
      }
      byte[] needle = literal.get().getBytes(StandardCharsets.US_ASCII);
      outer:
      for (int i = from; i + needle.length <= to; i++) {
        for (int k = 0; k < needle.length; k++) {
          if (buf[i + k] != needle[k]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }

    /** {@code \b} at {@code pos}: a word character on exactly one side. */
    private boolean wordBoundary(int pos) {
      boolean before = pos > 0 && word(buf[pos - 1]);
      boolean after = pos < to && word(buf[pos]);
      return before != after;
    }

    /** The generic detector, parsing the assignment around the keyword at {@code at}. */
    private void generic(int at, int end) {
      if (at < genericNameEnd) {
        return;
      }
      int ws = Math.min(lineStart(end), at);
      int we = lineEnd(at);
      Latin1View view = new Latin1View(buf);
      Optional<SecretMatch> found = GenericSecrets.atHit(view, ws, we, at);
      genericNameEnd = at + 1;
      found.ifPresent(
          m -> {
            String secret = decode(m.start(), m.end());
            add(
                m.start(),
                m.end(),
                new SecretMatch(m.rule(), secret, m.start(), m.end(), 0, m.confidence()));
            genericNameEnd = m.end();
          });
    }

    private String decode(int start, int end) {
      return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    private void add(int start, int end, SecretMatch m) {
      SecretMatch at =
          new SecretMatch(m.rule(), m.secret(), start, end, m.vendorPrefixLength(), m.confidence());
      found.add(new ByteMatch(start, end, at));
    }
  }

  /**
   * Bytes seen as Latin-1 characters, without copying: the generic parser reads a line in place.
   */
  private static final class Latin1View implements CharSequence {
    private final byte[] bytes;

    Latin1View(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int length() {
      return bytes.length;
    }

    @Override
    public char charAt(int index) {
      return (char) (bytes[index] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static boolean word(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
  }

  private static boolean accepts(SecretPattern p, String secret) {
    String body = secret.substring(Math.min(p.prefixLength(), secret.length()));
    if (Placeholders.isPlaceholder(body)) {
      return false;
    }
    return p.entropyFloor().isEmpty() || Entropy.of(body) >= p.entropyFloor().getAsDouble();
  }

  private static int charOffset(byte[] utf8, int byteOffset) {
    int chars = 0;
    for (int i = 0; i < byteOffset; i++) {
      int b = utf8[i] & 0xff;
      if ((b & 0xC0) != 0x80) {
        chars += b >= 0xF0 ? 2 : 1;
      }
    }
    return chars;
  }
}
