/**
 * The chaos module: what can go wrong inside the unit serving a request, and when.
 *
 * <p>{@link dev.faultline.chaos.FaultCatalogue} names the thirteen faults. Each is one small
 * package-private class whose javadoc says what it does, why a thread cannot contain it (or why the
 * JVM already does) and what process isolation changes. A fault's {@code inject} runs on the
 * serving thread of the serving unit, so its damage lands exactly where a real bug's would: in
 * thread mode inside the server JVM, in process mode inside one worker JVM. Faults that damage
 * shared state reach it through {@link dev.faultline.chaos.UnitState} (the workload's result cache
 * and its lock), which the worker module implements: this module depends on config only.
 *
 * <p>A fault is named by a {@link dev.faultline.chaos.FaultSpec}: {@code name} or {@code
 * name:param=value}, e.g. {@code leak:mb=32}. Parameters are {@link
 * dev.faultline.chaos.FaultParameter}s with documented bounds and a default; a spec that breaks
 * them is refused with a {@link dev.faultline.chaos.BadFaultParameterException} naming the fault,
 * the parameter, the rule and the value. The spec text is what travels: in the HTTP query, in
 * {@code --faults}, in the job frame to a worker.
 *
 * <p>Chaos is off by default. {@link dev.faultline.chaos.ChaosGuard} lets a fault through only when
 * the server was started with a token and the request presents it in {@code X-Chaos-Token}.
 *
 * <p>{@link dev.faultline.chaos.FaultSchedule} turns a list of specs and an interval into the
 * moments a load run injects them; every target of the run gets the same schedule.
 */
package dev.faultline.chaos;
