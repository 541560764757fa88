package dev.bulwark.server.mcp;

/** The JSON schemas of the tools' arguments; the SDK validates every call against them. */
final class ToolSchemas {
  private ToolSchemas() {}

  static final String SCAN_SOURCE =
      """
      {"type": "object", "additionalProperties": false, "required": ["path"],
       "properties": {
         "path": {"type": "string", "minLength": 1, "maxLength": 4096,
                  "description": "Directory to scan (absolute, or relative to the server's working directory)"}}}
      """;

  static final String SCAN_SPEC =
      """
      {"type": "object", "additionalProperties": false, "required": ["spec"],
       "properties": {
         "spec": {"type": "string", "minLength": 1, "maxLength": 4096,
                  "description": "OpenAPI/Swagger document: a file path or an http(s) URL"}}}
      """;

  static final String SCAN_API =
      """
      {"type": "object", "additionalProperties": false, "required": ["baseUrl"],
       "properties": {
         "baseUrl": {"type": "string", "pattern": "^https?://[^\\\\s]+$", "maxLength": 2048,
                     "description": "Base URL of the running API, e.g. http://127.0.0.1:5000"},
         "spec": {"type": "string", "minLength": 1, "maxLength": 4096,
                  "description": "Its OpenAPI document (file path or URL), optional"},
         "headers": {"type": "array", "maxItems": 20,
                     "items": {"type": "string", "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+:.*\\\\S.*$",
                               "maxLength": 8192},
                     "description": "Request headers 'Name: value' for an authenticated scan; never echoed back"}}}
      """;

  static final String GET_SCAN =
      """
      {"type": "object", "additionalProperties": false, "required": ["scanId"],
       "properties": {"scanId": {"type": "string", "minLength": 1, "maxLength": 200}}}
      """;

  static final String LIST_SCANS =
      """
      {"type": "object", "additionalProperties": false, "properties": {}}
      """;

  static final String LIST_RULES =
      """
      {"type": "object", "additionalProperties": false,
       "properties": {
         "category": {"type": "string", "maxLength": 64,
                      "description": "Only rules of this category, e.g. data_exposure"}}}
      """;

  static final String EXPLAIN_RULE =
      """
      {"type": "object", "additionalProperties": false, "required": ["ruleId"],
       "properties": {"ruleId": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
                                 "maxLength": 128}}}
      """;

  static final String SUGGEST_FIX =
      """
      {"type": "object", "additionalProperties": false,
       "properties": {
         "scanId": {"type": "string", "minLength": 1, "maxLength": 200},
         "fingerprint": {"type": "string", "minLength": 1, "maxLength": 200},
         "ruleId": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 128}},
       "description": "Either scanId and fingerprint of a finding, or a ruleId"}
      """;
}
