package dev.faultline.lab.bench.ipc;

/** One way for two ends to exchange a message: it starts its echo and connects to it. */
public interface Transport {
  /** Its name in the report: {@code pipe}, {@code uds}, {@code shm}, ... */
  String kind();

  /** One line on how it works here, for the report. */
  String how();

  /** Starts the echo on {@code side} and returns the connected measuring end. */
  Link connect(EchoSide side) throws Exception;
}
