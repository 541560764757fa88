package dev.bulwark.server.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import dev.bulwark.live.LiveOptions;
import dev.bulwark.scan.ScanListener;
import dev.bulwark.scan.ScanOutcome;
import dev.bulwark.scan.ScanService;
import dev.bulwark.scan.ScanSettings;
import dev.bulwark.source.SourceLens;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.spec.SpecLens;
import dev.bulwark.spec.SpecOptions;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The scanning tools: scan_source, scan_spec, scan_api, get_scan and list_scans. */
final class ScanTools {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final McpConfig config;
  private final ScanService service;
  private final HostPolicy hosts;
  private final ScanHistory history;
  private final McpResultMapper mapper;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "bulwark-mcp-scan-timer");
            thread.setDaemon(true);
            return thread;
          });

  ScanTools(McpConfig config, ScanService service) {
    this.config = config;
    this.service = service;
    this.hosts = new HostPolicy(config.allowedHosts());
    this.history = new ScanHistory(config.maxScansKept());
    this.mapper = new McpResultMapper(config.maxFindingsShown());
  }

  ScanHistory history() {
    return history;
  }

  CallToolResult scanSource(Map<String, Object> args) throws ToolException {
    Path root = localPath(ToolReplies.required(args, "path"));
    if (!Files.isDirectory(root)) {
      throw new ToolException(root + ": not a directory (scan_source takes a directory)");
    }
    String ref = root.toString();
    LensRunner runner = SourceLens.runner(root, SourceOptions.defaults());
    return run(ScanSettings.of(List.of(ref)), List.of(runner), SecretScrubber.NONE);
  }

  CallToolResult scanSpec(Map<String, Object> args) throws ToolException {
    String spec = checkedSpec(ToolReplies.required(args, "spec"));
    LensRunner runner = SpecLens.runner(spec, SpecOptions.defaults());
    return run(ScanSettings.of(List.of(spec)), List.of(runner), SecretScrubber.NONE);
  }

  CallToolResult scanApi(Map<String, Object> args) throws ToolException {
    String base = ToolReplies.required(args, "baseUrl");
    URI uri = httpUrl(base);
    hosts.check(uri);
    Optional<String> spec = ToolReplies.string(args, "spec");
    if (spec.isPresent()) {
      checkedSpec(spec.get());
    }
    List<String> headers = ToolReplies.strings(args, "headers");
    for (String header : headers) {
      if (header.indexOf(':') < 1) {
        throw new ToolException("a header must look like 'Name: value'");
      }
    }
    LiveOptions limits = config.live();
    LiveOptions live =
        new LiveOptions(
            headers,
            limits.identityB(),
            false,
            limits.maxRequests(),
            limits.concurrency(),
            limits.ratePerSecond(),
            limits.timeout(),
            limits.maxDuration(),
            limits.allowHosts(),
            false);
    ScanSettings settings =
        new ScanSettings(
            List.of(base),
            spec,
            SourceOptions.defaults(),
            SpecOptions.defaults(),
            live,
            RulePolicy.DEFAULT,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return scan(settings, SecretScrubber.forHeaders(headers));
  }

  CallToolResult getScan(Map<String, Object> args) throws ToolException {
    String id = ToolReplies.required(args, "scanId");
    ScanResult result =
        history
            .find(id)
            .orElseThrow(
                () -> new ToolException("no scan '" + id + "' in this session (see list_scans)"));
    return ToolReplies.ok(McpResultMapper.text(result), mapper.toMap(result));
  }

  CallToolResult listScans() {
    List<Map<String, Object>> scans = history.all().stream().map(McpResultMapper::summary).toList();
    StringBuilder text = new StringBuilder(scans.size() + " scans in this session.");
    for (Map<String, Object> scan : scans) {
      text.append("\n- ")
          .append(scan.get("scanId"))
          .append(": ")
          .append(scan.get("score"))
          .append("/100 (")
          .append(scan.get("grade"))
          .append("), ")
          .append(scan.get("findings"))
          .append(" findings");
    }
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("scans", scans);
    return ToolReplies.ok(text.toString(), structured);
  }

  private CallToolResult run(ScanSettings settings, List<LensRunner> runners, SecretScrubber scrub)
      throws ToolException {
    try {
      TimeLimit limit = new TimeLimit();
      try {
        return answer(service.run(settings, runners, limit), scrub, limit);
      } finally {
        limit.cancelTimer();
      }
    } catch (BadTargetException e) {
      throw new ToolException(scrub.scrub(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("the scan was interrupted");
    }
  }

  private CallToolResult scan(ScanSettings settings, SecretScrubber scrub) throws ToolException {
    try {
      TimeLimit limit = new TimeLimit();
      try {
        return answer(service.scan(settings, limit), scrub, limit);
      } finally {
        limit.cancelTimer();
      }
    } catch (BadTargetException e) {
      throw new ToolException(scrub.scrub(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("the scan was interrupted");
    }
  }

  private CallToolResult answer(ScanOutcome outcome, SecretScrubber scrub, TimeLimit limit)
      throws ToolException {
    ScanResult result = outcome.result();
    history.add(result);
    String text = McpResultMapper.text(result);
    if (limit.reached()) {
      text +=
          "\nStopped at the time limit ("
              + config.maxScanDuration().toSeconds()
              + " s): the result holds what was found until then.";
    }
    for (ScanError failure : outcome.lensFailures()) {
      text += "\nLens failed: " + failure.source() + ": " + failure.message();
    }
    Map<String, Object> structured = mapper.toMap(result);
    structured.put("complete", outcome.complete() && !limit.reached());
    if (scrub.isEmpty()) {
      return ToolReplies.ok(text, structured);
    }
    return ToolReplies.ok(scrub.scrub(text), scrubbed(structured, scrub));
  }

  private static Map<String, Object> scrubbed(Map<String, Object> structured, SecretScrubber scrub)
      throws ToolException {
    try {
      String json = scrub.scrub(JSON.writeValueAsString(structured));
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new ToolException("cannot build the answer: " + e.getOriginalMessage());
    }
  }

  /** Cancels a scan that outlives the configured duration. */
  private final class TimeLimit implements ScanListener {
    private volatile ScheduledFuture<?> pending;
    private volatile boolean reached;

    @Override
    public void started(CollectingScanContext context) {
      pending =
          timer.schedule(
              () -> {
                reached = true;
                context.cancel();
              },
              config.maxScanDuration().toMillis(),
              TimeUnit.MILLISECONDS);
    }

    boolean reached() {
      return reached;
    }

    void cancelTimer() {
      ScheduledFuture<?> future = pending;
      if (future != null) {
        future.cancel(false);
      }
    }
  }

  /** A spec argument: a readable file, or an http(s) URL whose host the policy allows. */
  private String checkedSpec(String spec) throws ToolException {
    String lower = spec.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      hosts.check(httpUrl(spec));
      return spec;
    }
    Path file = localPath(spec);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ToolException(spec + ": no such readable file");
    }
    return file.toString();
  }

  private static URI httpUrl(String text) throws ToolException {
    try {
      URI uri = new URI(text);
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new ToolException(text + ": not an http(s) URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new ToolException(text + ": not a valid URL (" + e.getReason() + ")");
    }
  }

  private static Path localPath(String text) throws ToolException {
    try {
      return Path.of(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ToolException(text + ": not a valid path");
    }
  }
}
