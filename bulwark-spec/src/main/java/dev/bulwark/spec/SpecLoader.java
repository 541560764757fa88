package dev.bulwark.spec;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.spec.model.ApiModel;

/**
 * Loads OpenAPI 2.0/3.0/3.1 documents into the endpoint model.
 *
 * <p>PLACEHOLDER (to be replaced by the spec work, issue 6): the signature is the contract the live
 * lens codes against.
 */
public final class SpecLoader {
  private SpecLoader() {}

  /**
   * Loads a document from a file path or an {@code http(s)} URL.
   *
   * @throws BadTargetException when it cannot be read, is not OpenAPI/Swagger, or has no operation
   */
  public static ApiModel load(String ref, SpecOptions options) throws BadTargetException {
    throw new BadTargetException(ref + ": OpenAPI loading is not available yet");
  }

  /**
   * Parses a document already fetched (e.g. by the live lens from {@code /openapi.json}).
   *
   * @param origin where the text came from, for messages and locations
   * @throws BadTargetException when the text is not an OpenAPI/Swagger document or has no operation
   */
  public static ApiModel parse(String content, String origin) throws BadTargetException {
    throw new BadTargetException(origin + ": OpenAPI loading is not available yet");
  }
}
