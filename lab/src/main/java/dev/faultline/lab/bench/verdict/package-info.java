/**
 * The claims of the process-versus-thread lesson and the rules that judge them.
 *
 * <p>{@link dev.faultline.lab.bench.verdict.LessonClaim} lists the seven claims as the lesson
 * states them. Each claim has one rule class ({@code AddressSpaceRule}, {@code IpcRule}, {@code
 * SpawnRule}, {@code MemoryRule}, {@code SwitchRule}, {@code IsolationRule}, {@code SyncRule}): a
 * pure function from a small record of measured numbers to a {@link
 * dev.faultline.lab.bench.verdict.Judgement}, a verdict and one sentence written from those
 * numbers.
 *
 * <p>Why pure functions: the verdict is the part of the benchmark a reader trusts least, so it must
 * be readable in one screen and tested on fixed inputs, both where the claim holds and where it
 * does not. The parts that measure (package {@code bench.part}) only gather the numbers; they never
 * decide.
 *
 * <p>The thresholds are named constants with their reason: "much less" is an order of magnitude
 * ({@code SpawnRule.MUCH}); "costs more" is at least 1.2 times ({@code SwitchRule.MORE}), since a
 * loaded VM's noise is larger than that. Verdicts are honest both ways: a rule says "does not hold
 * here" when the numbers say so, and "holds with a nuance" when the claim is true but the lesson's
 * picture leaves out what the numbers show.
 *
 * <p>A claim whose part was not run, failed or ran out of time is {@code NOT_MEASURED}, never
 * guessed.
 */
package dev.faultline.lab.bench.verdict;
