package dev.bulwark.live.engine;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body up to a byte cap, then cancels the stream: an endless body costs at most the cap.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBodySubscriber.Body> {
  /** The bytes read and whether more were refused. */
  record Body(byte[] bytes, boolean truncated) {}

  private final long cap;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBodySubscriber(long cap) {
    this.cap = cap;
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription value) {
    this.subscription = value;
    value.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : items) {
      int room = (int) Math.min(cap - out.size(), buffer.remaining());
      byte[] chunk = new byte[room];
      buffer.get(chunk);
      out.write(chunk, 0, room);
      if (buffer.hasRemaining() || out.size() >= cap) {
        result.complete(new Body(out.toByteArray(), true));
        subscription.cancel();
        return;
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(out.toByteArray(), false));
  }
}
