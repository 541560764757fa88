package dev.bulwark.live.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.ScanError;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.checks.Naming;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.HttpEngine;
import dev.bulwark.live.engine.ProbeRequest;
import dev.bulwark.spec.SpecLoader;
import dev.bulwark.spec.model.ApiModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the API's surface without a spec: a spec at a well-known location, a small bounded list of
 * common API paths, same-origin links in JSON answers, and sibling versions of versioned paths.
 */
public final class Discovery {
  /** Where frameworks publish their OpenAPI document, most common first. */
  public static final List<String> SPEC_PATHS =
      List.of(
          "/openapi.json",
          "/swagger.json",
          "/v3/api-docs",
          "/api/openapi.json",
          "/openapi.yaml",
          "/swagger/v1/swagger.json",
          "/api-docs",
          "/v2/api-docs");

  /** A deliberately small list: discovery must not turn into brute force. */
  public static final List<String> COMMON_PATHS =
      List.of(
          "/api",
          "/api/v1",
          "/api/v2",
          "/v1",
          "/v2",
          "/users",
          "/api/users",
          "/health",
          "/status",
          "/admin",
          "/api/admin",
          "/metrics");

  private static final Pattern VERSION = Pattern.compile("/v(\\d{1,2})(?=/|$)");
  private static final int MAX_LINKS = 15;
  private static final int MAX_SIBLINGS = 6;

  private final HttpEngine engine;
  private final Consumer<ScanError> errors;

  public Discovery(HttpEngine engine, Consumer<ScanError> errors) {
    this.engine = engine;
    this.errors = errors;
  }

  /** The spec found at a well-known location, if any parses. */
  public Optional<ApiModel> findSpec() {
    for (String path : SPEC_PATHS) {
      Optional<Exchange> answer = engine.send(ProbeRequest.get(path, "discovery:spec"));
      if (answer.isEmpty() || !answer.get().succeeded()) {
        continue;
      }
      String body = answer.get().body();
      if (!body.contains("openapi") && !body.contains("swagger")) {
        continue;
      }
      try {
        return Optional.of(SpecLoader.parse(body, answer.get().uri().toString()));
      } catch (BadTargetException | RuntimeException e) {
        errors.accept(ScanError.of(path, e));
      }
    }
    return Optional.empty();
  }

  /** Paths that answer (anything but 404/405/5xx/no answer), as undocumented endpoints. */
  public List<Endpoint> explore(Set<String> knownPaths, List<Exchange> seen) {
    Set<String> answering = new LinkedHashSet<>();
    Set<String> tried = new LinkedHashSet<>(knownPaths);
    List<Exchange> fetched = new ArrayList<>(seen);
    for (String path : COMMON_PATHS) {
      fetch(path, tried, answering, fetched);
    }
    Set<String> linked = new LinkedHashSet<>();
    for (Exchange e : List.copyOf(fetched)) {
      linked.addAll(links(e));
    }
    int n = 0;
    for (String path : linked) {
      if (n++ >= MAX_LINKS) {
        break;
      }
      fetch(path, tried, answering, fetched);
    }
    n = 0;
    for (String sibling : siblings(answering, knownPaths)) {
      if (n++ >= MAX_SIBLINGS) {
        break;
      }
      fetch(sibling, tried, answering, fetched);
    }
    return answering.stream().map(p -> Endpoint.discovered(p)).toList();
  }

  private void fetch(String path, Set<String> tried, Set<String> answering, List<Exchange> out) {
    if (!tried.add(path) || Naming.stateChanging(path)) {
      return;
    }
    Optional<Exchange> answer = engine.send(ProbeRequest.get(path, "discovery:path"));
    answer.ifPresent(out::add);
    int status = answer.map(Exchange::status).orElse(0);
    if (status >= 200 && status < 500 && status != 404 && status != 405 && status != 400) {
      answering.add(path);
    }
  }

  private Set<String> links(Exchange exchange) {
    if (!exchange.succeeded() || !exchange.response().get().isJson()) {
      return Set.of();
    }
    Optional<JsonNode> json = JsonLinks.parse(exchange.body());
    if (json.isEmpty()) {
      errors.accept(new ScanError("GET " + exchange.pathAndQuery(), "invalid JSON in response"));
      return Set.of();
    }
    return JsonLinks.paths(json.get(), engine.base(), MAX_LINKS);
  }

  /** {@code /api/v1/...} suggests {@code /api/v0} and {@code /api/v2}; known paths are left out. */
  public static List<String> siblings(Set<String> found, Set<String> known) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> all = new LinkedHashSet<>(known);
    all.addAll(found);
    for (String path : all) {
      Matcher m = VERSION.matcher(path);
      if (!m.find()) {
        continue;
      }
      int version = Integer.parseInt(m.group(1));
      String prefix = path.substring(0, m.start());
      for (int other : new int[] {version - 1, version + 1}) {
        if (other >= 0) {
          String sibling = prefix + "/v" + other;
          if (all.stream().noneMatch(p -> p.equals(sibling) || p.startsWith(sibling + "/"))) {
            out.add(sibling);
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
