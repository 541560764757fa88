package dev.bulwark.source.python;

import dev.bulwark.core.Finding;
import dev.bulwark.source.python.flow.TaintEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins keys passed into project functions with the sinks those functions' parameters reach, so
 * {@code log_key(API_KEY)} in one module and {@code logger.info(key)} in another make one finding
 * at the sink with the whole flow.
 */
final class CallJoin {
  private final List<FileScope.ParamSink> sinks;
  private final List<TaintEngine.CallEvent> calls;

  CallJoin(List<FileScope.ParamSink> sinks, List<TaintEngine.CallEvent> calls) {
    this.sinks = sinks;
    this.calls = calls;
  }

  /** A joined finding and the inline suppression written at its sink, if any. */
  record Joined(Finding finding, java.util.Optional<dev.bulwark.core.InlineIgnore> ignore) {}

  List<Joined> findings() {
    Map<String, Joined> out = new LinkedHashMap<>();
    for (TaintEngine.CallEvent call : calls) {
      for (FileScope.ParamSink sink : sinks) {
        if (sink.param() != call.param() || !sameFunction(sink.function(), call.callee())) {
          continue;
        }
        List<dev.bulwark.core.FlowStep> flow = new ArrayList<>(call.taint().steps());
        flow.add(call.at());
        flow.addAll(sink.steps());
        Finding f =
            Finding.builder(sink.rule(), sink.location())
                .message(sink.message())
                .evidence(sink.evidence())
                .anchor(sink.evidence().text())
                .flow(flow)
                .build();
        out.putIfAbsent(f.fingerprint(), new Joined(f, sink.ignore()));
      }
    }
    return List.copyOf(out.values());
  }

  /** {@code app.utils.log_key} matches a call resolved as {@code utils.log_key}. */
  private static boolean sameFunction(String defined, String called) {
    return defined.equals(called) || defined.endsWith("." + called) && called.contains(".");
  }
}
