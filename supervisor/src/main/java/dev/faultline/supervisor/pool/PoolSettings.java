package dev.faultline.supervisor.pool;

import dev.faultline.config.IpcTransport;
import dev.faultline.config.Supervision;
import java.nio.file.Path;

/**
 * The shape of the worker pool.
 *
 * @param workers slots: workers serving requests (spares come on top, see {@link
 *     Supervision#spares()})
 * @param heapMb each worker's heap
 * @param runDir where the socket, the hs_err reports, the crash log and the workers' working
 *     directory live
 * @param testHook null, or the hidden {@code serve --test-hook} spec passed to workers (tests only)
 * @param ipc how master and workers carry their frames ({@code serve --ipc})
 */
public record PoolSettings(
    int workers,
    int heapMb,
    Path runDir,
    Supervision supervision,
    String testHook,
    IpcTransport ipc) {}
