/**
 * The chaos module: what can go wrong inside the unit serving a request, and when.
 *
 * <p>{@link dev.faultline.chaos.FaultCatalogue} names every fault. Each fault is one small
 * package-private class whose javadoc says what it does and why a thread cannot contain it (or
 * why the JVM already does). A fault's {@code inject()} runs on the serving thread of the serving
 * unit, so its damage lands exactly where a real bug's would: in thread mode inside the server
 * JVM, in process mode inside one worker JVM.
 *
 * <p>Chaos is off by default. {@link dev.faultline.chaos.ChaosGuard} lets a fault through only
 * when the server was started with a token and the request presents it in
 * {@code X-Chaos-Token}.
 *
 * <p>{@link dev.faultline.chaos.FaultSchedule} turns a list of names and an interval into the
 * moments a load run injects them; every target of the run gets the same schedule.
 *
 * <p>Depends on config only.
 */
package dev.faultline.chaos;
