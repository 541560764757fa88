package dev.bulwark.demo;

import java.io.IOException;
import java.util.List;

/**
 * Everything {@code bulwark demo} scans, started together and stopped together: the demo API on
 * 127.0.0.1 and the example's files extracted to a temporary directory.
 *
 * <pre>{@code
 * try (DemoSession demo = DemoSession.start()) {
 *   ScanSettings settings = ... targets demo.targets(), spec Optional.of(demo.spec()) ...
 * }
 * }</pre>
 */
public final class DemoSession implements AutoCloseable {
  private final DemoBundle bundle;
  private final DemoApi api;

  private DemoSession(DemoBundle bundle, DemoApi api) {
    this.bundle = bundle;
    this.api = api;
  }

  public static DemoSession start() throws IOException {
    DemoBundle bundle = DemoBundle.extract();
    try {
      return new DemoSession(bundle, DemoApi.start());
    } catch (IOException | RuntimeException e) {
      bundle.close();
      throw e;
    }
  }

  /** The source directory (source lens) and the API's base URL (live lens), in that order. */
  public List<String> targets() {
    return List.of(bundle.sourceDir().toString(), baseUrl());
  }

  /** The OpenAPI document: the spec lens scans it, and the live lens uses it as the API's map. */
  public String spec() {
    return bundle.spec().toString();
  }

  /** The running API's base URL without a trailing slash, e.g. {@code http://127.0.0.1:43127}. */
  public String baseUrl() {
    return api.baseUri().toString().replaceAll("/$", "");
  }

  public DemoApi api() {
    return api;
  }

  public DemoBundle bundle() {
    return bundle;
  }

  /** Stops the API and deletes the extracted files. */
  @Override
  public void close() throws IOException {
    try {
      api.close();
    } finally {
      bundle.close();
    }
  }
}
