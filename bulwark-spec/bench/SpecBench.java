import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.SpecLens;
import dev.bulwark.spec.SpecLoader;
import dev.bulwark.spec.SpecOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Spec lens benchmark (not part of the unit suite): generates a ~10 MB OpenAPI document with 2,000
 * operations, then loads and audits it, printing cold (first, in a fresh JVM) and warm figures.
 *
 * <p>Run with bench/run.sh. Arguments: [out-dir] [format json|yaml] [warm runs].
 */
public final class SpecBench {
  private static final int PATHS = 1000; // x 2 methods = 2,000 operations
  private static final long TARGET_BYTES = 10L * 1024 * 1024;
  private static java.util.Map<String, Long> lastCounts = java.util.Map.of();

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
    String format = args.length > 1 ? args[1] : "json";
    int warmRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Files.createDirectories(out);
    Path file = out.resolve("bench-openapi." + format);
    long genStart = System.nanoTime();
    ObjectMapper mapper =
        "yaml".equals(format)
            ? new ObjectMapper(
                YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
            : new ObjectMapper();
    ObjectNode doc = generate();
    long base = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc).length;
    pad(doc, base);
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
    System.out.printf(
        Locale.ROOT,
        "generated %s: %.1f MB, %d operations in %d ms%n",
        file,
        Files.size(file) / 1048576.0,
        PATHS * 2,
        (System.nanoTime() - genStart) / 1_000_000);

    Result cold = run(file);
    System.out.println("findings by rule: " + lastCounts);
    System.out.printf(Locale.ROOT, "cold (first run in this JVM): %s%n", cold);
    List<Long> totals = new ArrayList<>();
    Result last = cold;
    for (int i = 0; i < warmRuns; i++) {
      last = run(file);
      totals.add(last.loadMs + last.auditMs);
    }
    Collections.sort(totals);
    if (!totals.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "warm (%d runs): median load+audit %d ms, best %d ms; last: %s%n",
          warmRuns,
          totals.get(totals.size() / 2),
          totals.get(0),
          last);
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "heap used after runs: %d MB (max %d MB), cores: %d%n",
        (rt.totalMemory() - rt.freeMemory()) / 1048576,
        rt.maxMemory() / 1048576,
        rt.availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "goal load+audit <= 2 s: cold wall %s, cold main-thread CPU %s (load average %.1f)%n",
        cold.loadMs + cold.auditMs <= 2000 ? "PASS" : "OVER",
        cold.cpuMs <= 2000 ? "PASS" : "OVER",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  record Result(
      long loadMs, long auditMs, long cpuMs, long processCpuMs, int operations, int findings) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "load %d ms + audit %d ms = %d ms wall; CPU: %d ms main thread, %d ms whole process"
              + " (GC, JIT); %d operations, %d findings",
          loadMs,
          auditMs,
          loadMs + auditMs,
          cpuMs,
          processCpuMs,
          operations,
          findings);
    }
  }

  private static Result run(Path file) throws Exception {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long p0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    SpecDocument document = SpecLoader.loadDocument(file.toString(), SpecOptions.defaults());
    long t1 = System.nanoTime();
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    SpecLens.audit(document, context);
    lastCounts =
        new java.util.TreeMap<>(
            context.findings().stream()
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        f -> f.ruleId() + "/" + f.severity().id(),
                        java.util.stream.Collectors.counting())));
    long t2 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    long p1 = os.getProcessCpuTime();
    return new Result(
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (c1 - c0) / 1_000_000,
        (p1 - p0) / 1_000_000,
        document.operations().size(),
        context.findings().size());
  }

  /** A document shaped like a large real API: inline schemas, shared components, prose. */
  private static ObjectNode generate() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("openapi", "3.0.3");
    root.putObject("info").put("title", "Benchmark API").put("version", "1.0.0");
    root.putArray("servers").addObject().put("url", "https://api.example.com/v1");
    root.putArray("security").addObject().putArray("key");
    ObjectNode components = root.putObject("components");
    components
        .putObject("securitySchemes")
        .putObject("key")
        .put("type", "apiKey")
        .put("in", "header")
        .put("name", "X-API-Key");
    ObjectNode schemas = components.putObject("schemas");
    for (int s = 0; s < 200; s++) {
      schemas.set("Model" + s, model(m, s, 12));
    }
    ObjectNode paths = root.putObject("paths");
    int pad = 1;
    String prose = "Returns the resource with its related data, subject to the caller's scopes. ";
    for (int p = 0; p < PATHS; p++) {
      String res = "resource" + p;
      ObjectNode item = paths.putObject("/" + res + "/{" + res + "Id}");
      ArrayNode params = item.putArray("parameters");
      params.addObject().put("name", res + "Id").put("in", "path").put("required", true)
          .putObject("schema").put("type", p % 3 == 0 ? "integer" : "string");
      ObjectNode get = item.putObject("get");
      get.put("operationId", "get" + p).put("summary", "Get " + res);
      get.put("description", prose.repeat(20 + pad));
      get.putArray("tags").add("tag" + (p % 20));
      ArrayNode gp = get.putArray("parameters");
      gp.addObject().put("name", "fields").put("in", "query").putObject("schema").put("type", "string");
      gp.addObject().put("name", "expand").put("in", "query").putObject("schema").put("type", "array")
          .putObject("items").put("type", "string");
      ObjectNode responses = get.putObject("responses");
      ObjectNode ok = responses.putObject("200").put("description", "ok");
      ok.putObject("content").putObject("application/json").set("schema", model(m, p, 25));
      responses.putObject("404").put("description", "not found");
      ObjectNode put = item.putObject("put");
      put.put("operationId", "put" + p).put("description", prose.repeat(10 + pad));
      put.putObject("requestBody").putObject("content").putObject("application/json")
          .putObject("schema").put("$ref", "#/components/schemas/Model" + (p % 200));
      put.putObject("responses").putObject("204").put("description", "saved");
    }
    return root;
  }

  /** Lengthens the operations' prose so the written document is about TARGET_BYTES. */
  private static void pad(ObjectNode root, long written) {
    if (written >= TARGET_BYTES) {
      return;
    }
    String prose = "Returns the resource with its related data, subject to the caller's scopes. ";
    int perOp = (int) ((TARGET_BYTES - written) / (PATHS * 2L) / prose.length());
    for (var entry : iterable((ObjectNode) root.get("paths"))) {
      for (String method : List.of("get", "put")) {
        ObjectNode op = (ObjectNode) entry.get(method);
        op.put("description", op.get("description").asText() + prose.repeat(perOp));
      }
    }
  }

  private static List<com.fasterxml.jackson.databind.JsonNode> iterable(ObjectNode node) {
    List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
    node.elements().forEachRemaining(out::add);
    return out;
  }

  private static ObjectNode model(ObjectMapper m, int seed, int properties) {
    ObjectNode schema = m.createObjectNode().put("type", "object");
    ObjectNode props = schema.putObject("properties");
    for (int i = 0; i < properties; i++) {
      ObjectNode prop = props.putObject("field_" + seed + "_" + i);
      switch (i % 5) {
        case 0 -> prop.put("type", "string").put("maxLength", 64).put("example", "value " + i);
        case 1 -> prop.put("type", "integer").put("format", "int64");
        case 2 -> prop.put("type", "string").put("format", "date-time");
        case 3 -> prop.put("type", "array").put("maxItems", 10).putObject("items").put("type", "string");
        default -> prop.put("type", "boolean").put("description", "Whether the flag is set.");
      }
    }
    return schema;
  }
}
