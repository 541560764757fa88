package dev.bulwark.live.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The credentials of both identities, and what they must be replaced by wherever a request is shown
 * (proofs, HAR, errors). The primary identity's headers can be refreshed mid-scan by an auth
 * command; every value ever used stays known, so an old token is scrubbed as well.
 */
public final class Credentials {
  /** Header names that carry credentials even when the user did not supply them. */
  private static final Set<String> SENSITIVE_NAMES =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "x-api-key",
          "api-key",
          "apikey",
          "x-auth-token",
          "x-access-token");

  private final AtomicReference<List<Header>> primary;
  private final List<Header> second;
  private final Set<String> knownValues = Collections.synchronizedSet(new LinkedHashSet<>());
  private final Set<String> names = Collections.synchronizedSet(new LinkedHashSet<>());

  public Credentials(List<Header> primary, List<Header> second) {
    this.primary = new AtomicReference<>(List.copyOf(primary));
    this.second = List.copyOf(second);
    remember(primary);
    remember(second);
  }

  public static Credentials parse(List<String> primaryLines, List<String> secondLines) {
    return new Credentials(parseAll(primaryLines), parseAll(secondLines));
  }

  private static List<Header> parseAll(List<String> lines) {
    List<Header> out = new ArrayList<>();
    for (String line : lines) {
      Header.parse(line).ifPresent(out::add);
    }
    return out;
  }

  private void remember(List<Header> headers) {
    for (Header h : headers) {
      names.add(h.name().toLowerCase(Locale.ROOT));
      if (h.value().length() >= 3) {
        knownValues.add(h.value());
        int space = h.value().indexOf(' ');
        if (space > 0 && h.value().length() - space > 4) {
          knownValues.add(h.value().substring(space + 1)); // the token of "Bearer <token>"
        }
      }
    }
  }

  /** Registers a value derived from a credential (e.g. its case swapped) so it is scrubbed too. */
  public void registerDerived(String value) {
    if (value.length() >= 3) {
      knownValues.add(value);
    }
  }

  public List<Header> headersFor(Identity identity) {
    return switch (identity) {
      case ANONYMOUS -> List.of();
      case PRIMARY -> primary.get();
      case SECOND -> second;
    };
  }

  public boolean has(Identity identity) {
    return !headersFor(identity).isEmpty();
  }

  /** Replaces the primary identity's headers (after an auth command ran). */
  public void refreshPrimary(List<Header> headers) {
    remember(headers);
    primary.set(List.copyOf(headers));
  }

  /** True when a header of this name carries a credential. */
  public boolean isSensitive(String headerName) {
    String lower = headerName.toLowerCase(Locale.ROOT);
    return SENSITIVE_NAMES.contains(lower) || names.contains(lower);
  }

  /** Every credential value known, longest first so a token inside a header value goes too. */
  public List<String> values() {
    List<String> copy;
    synchronized (knownValues) {
      copy = new ArrayList<>(knownValues);
    }
    copy.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return copy;
  }

  /** {@code text} with every known credential value replaced by a placeholder. */
  public String scrub(String text) {
    String out = text;
    for (String value : values()) {
      out = out.replace(value, "$CREDENTIAL");
    }
    return out;
  }
}
