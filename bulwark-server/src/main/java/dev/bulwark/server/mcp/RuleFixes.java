package dev.bulwark.server.mcp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the fix in a rule's markdown doc: the section whose heading speaks of a fix or remediation,
 * and the first code block in it (the Flask change).
 */
final class RuleFixes {
  private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern FIX_WORDS =
      Pattern.compile("(?i)\\b(fix|fixes|fixed|remediation|remedy|how to|mitigation|solution)\\b");
  private static final Pattern CODE_BLOCK =
      Pattern.compile("(?s)```([A-Za-z0-9_+-]*)[^\\n]*\\n(.*?)\\n?```");

  private RuleFixes() {}

  /** The fix section of a doc, heading included; empty when no heading names a fix. */
  static Optional<String> section(String markdown) {
    Matcher heading = HEADING.matcher(markdown);
    while (heading.find()) {
      if (!FIX_WORDS.matcher(heading.group(2)).find()
          || insideCodeBlock(markdown, heading.start())) {
        continue;
      }
      int level = heading.group(1).length();
      int end = markdown.length();
      Matcher next = HEADING.matcher(markdown);
      int from = heading.end();
      while (next.find(from)) {
        if (next.group(1).length() <= level && !insideCodeBlock(markdown, next.start())) {
          end = next.start();
          break;
        }
        from = next.end();
      }
      return Optional.of(markdown.substring(heading.start(), end).strip());
    }
    return Optional.empty();
  }

  /** The first fenced code block of a text, without its fences. */
  static Optional<Code> firstCode(String markdown) {
    Matcher code = CODE_BLOCK.matcher(markdown);
    return code.find() ? Optional.of(new Code(code.group(1), code.group(2))) : Optional.empty();
  }

  private static boolean insideCodeBlock(String markdown, int position) {
    int fences = 0;
    int at = markdown.indexOf("```");
    while (at >= 0 && at < position) {
      fences++;
      at = markdown.indexOf("```", at + 3);
    }
    return fences % 2 == 1;
  }

  /** A code example: its language (may be empty) and its text. */
  record Code(String language, String text) {}
}
