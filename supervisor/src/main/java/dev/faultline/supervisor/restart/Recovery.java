package dev.faultline.supervisor.restart;

import java.time.Duration;

/**
 * The pool's phase when its budget ran out, and the way back, as systemd's {@code StartLimitBurst}
 * followed by {@code Restart=} with a delay, or an Erlang supervisor whose parent restarts it:
 * nothing stays dead unless told to. The phases:
 *
 * <ul>
 *   <li>{@code SERVING}: restarts as usual;
 *   <li>{@code PAUSED}: the budget was exceeded; every worker is stopped and requests get 503
 *       {@code pool_exhausted} with {@code Retry-After}, for the cool-down;
 *   <li>{@code CANARY}: one worker is started and serves; once it said hello and the probation
 *       passed with no death it could have caused, the pool fills up again ({@code SERVING}). A
 *       canary is judged only by deaths it could have caused: one that dies from within doubles the
 *       cool-down (capped) and the pool pauses again; one ended from outside is replaced by another
 *       canary at once and the probation goes on, its end unchanged (a storm of kills from outside
 *       would otherwise start it over with every canary, and the pool would never fill);
 *   <li>{@code HALTED}: only with {@code --exit-on-pool-exhausted}: for good, the server exits.
 * </ul>
 *
 * The cool-down starts over at its initial length when the pool pauses more than one budget period
 * after it last recovered; a pause sooner than that doubles it, so a code that survives the
 * probation but crashes under real load still backs off. Pure: times are the pool clock's
 * nanoseconds.
 */
public final class Recovery {
  public static final Duration COOL_DOWN = Duration.ofSeconds(5);
  public static final Duration MAX_COOL_DOWN = Duration.ofMinutes(2);
  public static final Duration PROBATION = Duration.ofSeconds(5);

  public enum Phase {
    SERVING,
    PAUSED,
    CANARY,
    HALTED
  }

  private final long periodNanos;
  private Phase phase = Phase.SERVING;
  private long coolDownNanos = COOL_DOWN.toNanos();
  private long nextTryNanos;
  private boolean probationStarted;
  private boolean everRecovered;
  private long recoveredAtNanos;
  private int pauses;

  /**
   * @param period the restart budget's period: a pause within it after a recovery doubles the
   *     cool-down
   */
  public Recovery(Duration period) {
    this.periodNanos = period.toNanos();
  }

  /** The budget was exceeded: pause for the cool-down; returns it in milliseconds. */
  public long pause(long now) {
    boolean soonAgain = everRecovered && now - recoveredAtNanos < periodNanos;
    coolDownNanos = soonAgain ? doubled() : COOL_DOWN.toNanos();
    return pauseFor(now);
  }

  /** The canary died of something it could have caused: pause again, for a doubled cool-down. */
  public long canaryDied(long now) {
    coolDownNanos = doubled();
    return pauseFor(now);
  }

  private long pauseFor(long now) {
    phase = Phase.PAUSED;
    pauses++;
    nextTryNanos = now + coolDownNanos;
    return coolDownNanos / 1_000_000;
  }

  private long doubled() {
    return Math.min(coolDownNanos * 2, MAX_COOL_DOWN.toNanos());
  }

  public boolean canaryDue(long now) {
    return phase == Phase.PAUSED && now - nextTryNanos >= 0;
  }

  public void canaryStarted() {
    phase = Phase.CANARY;
    probationStarted = false;
  }

  /**
   * The canary was ended from outside, which says nothing about it: its replacement takes over the
   * probation where it stands (not started yet, or due to end when it was due to).
   */
  public void canaryEndedFromOutside() {
    phase = Phase.CANARY;
  }

  /** The canary said hello: its probation starts now. */
  public void canaryReady(long now) {
    probationStarted = true;
    nextTryNanos = now + PROBATION.toNanos();
  }

  public boolean awaitsCanaryHello() {
    return phase == Phase.CANARY && !probationStarted;
  }

  public boolean probationOver(long now) {
    return phase == Phase.CANARY && probationStarted && now - nextTryNanos >= 0;
  }

  /** The canary passed: the pool fills up and serves. */
  public void recovered(long now) {
    phase = Phase.SERVING;
    everRecovered = true;
    recoveredAtNanos = now;
  }

  public void halted() {
    phase = Phase.HALTED;
  }

  public Phase phase() {
    return phase;
  }

  /** When the next step is due (the canary's start, or the end of its probation); 0 if none. */
  public long nextTryNanos() {
    return phase == Phase.PAUSED || (phase == Phase.CANARY && probationStarted) ? nextTryNanos : 0;
  }

  public long coolDownMillis() {
    return coolDownNanos / 1_000_000;
  }

  public int pauses() {
    return pauses;
  }

  /** What a refused client should wait: until the canary could serve, at least one second. */
  public int retryAfterSeconds(long now) {
    long wait = phase == Phase.PAUSED ? Math.max(0, nextTryNanos - now) : 0;
    return (int) Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
  }
}
