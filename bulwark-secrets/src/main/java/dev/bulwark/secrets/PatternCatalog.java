package dev.bulwark.secrets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.PatternSyntaxException;
import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Loads and validates secret patterns: the built-in catalog ({@code bulwark/secrets/patterns.yaml})
 * and a team's own patterns. A pattern with an invalid regex, no keyword, no sample or a sample
 * that does not behave is rejected with a one-line reason.
 */
public final class PatternCatalog {
  static final String RESOURCE = "bulwark/secrets/patterns.yaml";
  private static final java.util.regex.Pattern KEBAB =
      java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private PatternCatalog() {}

  /** The catalog file's shape: providers (name and rotation advice) and patterns. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  record CatalogFile(Map<String, Provider> providers, List<PatternSpec> patterns) {}

  /** A vendor, with how to revoke and rotate its keys. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  record Provider(String name, String rotate) {}

  /** The built-in patterns, compiled (samples are checked by the catalog test). */
  public static List<SecretPattern> builtIn() {
    try (InputStream in = PatternCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CatalogException("the built-in secret catalog is missing: " + RESOURCE);
      }
      CatalogFile file = YAML.readValue(in, CatalogFile.class);
      Map<String, Provider> providers = Optional.ofNullable(file.providers()).orElse(Map.of());
      List<SecretPattern> out = new ArrayList<>();
      for (PatternSpec spec : file.patterns()) {
        Provider provider = providers.get(spec.provider());
        if (provider == null) {
          throw new CatalogException(
              "pattern " + spec.id() + ": unknown provider '" + spec.provider() + "'");
        }
        out.add(compile(spec, provider.name(), provider.rotate(), true));
      }
      requireUniqueIds(out);
      return List.copyOf(out);
    } catch (IOException e) {
      throw new CatalogException("cannot read the built-in secret catalog: " + e.getMessage(), e);
    }
  }

  /**
   * A team's own patterns (from {@code bulwark.yaml}), compiled, validated and with their samples
   * run. They need at least one positive sample; rotation advice defaults to a generic one.
   */
  public static List<SecretPattern> custom(List<PatternSpec> specs) {
    List<SecretPattern> out = new ArrayList<>();
    for (PatternSpec spec : specs) {
      String provider = Optional.ofNullable(spec.provider()).orElse("your organisation");
      String rotate =
          Optional.ofNullable(spec.rotate())
              .orElse(
                  "Revoke the credential where it was issued, issue a new one, store it in the"
                      + " secret manager, and redeploy.");
      SecretPattern pattern = compile(spec, provider, rotate, false);
      List<String> problems = SampleCheck.run(pattern);
      if (!problems.isEmpty()) {
        throw new CatalogException("custom secret pattern " + spec.id() + ": " + problems.get(0));
      }
      out.add(pattern);
    }
    requireUniqueIds(out);
    return List.copyOf(out);
  }

  /** Parses custom patterns from YAML text: a list of pattern objects. */
  public static List<PatternSpec> parseSpecs(String yaml) {
    try {
      PatternSpec[] specs = YAML.readValue(yaml, PatternSpec[].class);
      return specs == null ? List.of() : List.of(specs);
    } catch (IOException e) {
      throw new CatalogException(
          "invalid secret patterns: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  static SecretPattern compile(PatternSpec spec, String provider, String rotate, boolean builtIn) {
    String id = spec.id();
    if (id == null || !KEBAB.matcher(id).matches()) {
      throw new CatalogException("secret pattern id must be kebab-case: " + id);
    }
    String where = "secret pattern " + id + ": ";
    require(spec.title() != null && !spec.title().isBlank(), where + "no title");
    require(spec.regex() != null && !spec.regex().isBlank(), where + "no regex");
    LazyRegex regex;
    boolean leadingBoundary = spec.regex().startsWith("\\b");
    String source = leadingBoundary ? spec.regex().substring(2) : spec.regex();
    try {
      regex = builtIn ? LazyRegex.deferred(source) : LazyRegex.compiled(source);
    } catch (PatternSyntaxException e) {
      throw new CatalogException(where + "invalid regex: " + e.getMessage(), e);
    }
    List<String> keywords = Optional.ofNullable(spec.keywords()).orElse(List.of());
    require(!keywords.isEmpty(), where + "no keywords for the prefilter");
    for (String k : keywords) {
      require(
          k.length() >= 3 && k.chars().allMatch(c -> c >= 32 && c < 127),
          where + "keyword '" + k + "' must be 3+ printable ASCII characters");
    }
    Severity severity =
        Severity.parse(Optional.ofNullable(spec.severity()).orElse("high"))
            .orElseThrow(() -> new CatalogException(where + "bad severity " + spec.severity()));
    Confidence confidence =
        Confidence.parse(Optional.ofNullable(spec.confidence()).orElse("high"))
            .orElseThrow(() -> new CatalogException(where + "bad confidence " + spec.confidence()));
    OptionalDouble entropy =
        spec.entropy() == null ? OptionalDouble.empty() : OptionalDouble.of(spec.entropy());
    require(
        entropy.orElse(0) >= 0 && entropy.orElse(0) <= 8, where + "entropy must be 0..8 bits/char");
    PatternSpec.Samples samples =
        Optional.ofNullable(spec.samples()).orElse(new PatternSpec.Samples(List.of(), List.of()));
    require(!samples.positiveOrEmpty().isEmpty(), where + "no positive samples");
    require(!builtIn || !samples.negativeOrEmpty().isEmpty(), where + "no negative samples");
    List<Integer> cwe = new ArrayList<>(List.of(798));
    Optional.ofNullable(spec.cwe()).orElse(List.of()).stream()
        .filter(c -> !cwe.contains(c))
        .forEach(cwe::add);
    RuleMeta rule =
        RuleMeta.builder(SecretPattern.ruleId(id))
            .title(
                spec.title().startsWith("Hardcoded") ? spec.title() : "Hardcoded " + spec.title())
            .lens(Lens.SOURCE)
            .category(Category.DATA_EXPOSURE)
            .owasp(OwaspApi2023.API8, OwaspApi2023.API2)
            .cwe(cwe.toArray(Integer[]::new))
            .severity(severity)
            .confidence(confidence)
            .remediation(
                "Treat the key as leaked: "
                    + lowerFirst(rotate)
                    + " Then load it from the environment or a secret manager, never from code.")
            .build();
    return new SecretPattern(
        id,
        spec.title(),
        provider,
        regex,
        leadingBoundary,
        keywords,
        entropy,
        severity,
        confidence,
        Optional.ofNullable(spec.prefix()).orElse(0),
        Boolean.TRUE.equals(spec.multiline()),
        Optional.ofNullable(spec.requires()).filter(r -> !r.isEmpty()),
        cwe,
        rotate,
        samples.positiveOrEmpty(),
        samples.negativeOrEmpty(),
        rule);
  }

  private static void requireUniqueIds(List<SecretPattern> patterns) {
    Set<String> seen = new HashSet<>();
    for (SecretPattern p : patterns) {
      require(seen.add(p.id()), "duplicate secret pattern id: " + p.id());
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new CatalogException(message);
    }
  }

  /**
   * "Change the password" becomes "change the password" after a colon; a first word that is a name
   * or an acronym ("IAM", "Heroku's") keeps its capital.
   */
  static String lowerFirst(String text) {
    int space = text.indexOf(' ');
    String first = space < 0 ? text : text.substring(0, space);
    boolean plainWord =
        !first.isEmpty()
            && Character.isUpperCase(first.charAt(0))
            && first.substring(1).chars().allMatch(Character::isLowerCase);
    if (!plainWord || NAMES.contains(first)) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static final java.util.Set<String> NAMES = java.util.Set.of("Stripe", "Heroku", "Okta");
}
