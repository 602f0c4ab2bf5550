package dev.faultline.lab.bench.verdict;

/** The seven claims of the classic process-versus-thread lesson, in the lesson's order. */
public enum LessonClaim {
  ADDRESS_SPACE(
      1,
      "A process gets its own address space; threads of one process share code, data and heap, "
          + "each owning only a stack and a program counter."),
  IPC(
      2,
      "Processes need IPC to talk (pipe, FIFO, message queue, shared memory, mapped file, socket, "
          + "semaphore); shared memory is the fastest."),
  CREATION(3, "Creating a thread costs much less than creating a process."),
  MEMORY(4, "Many processes cost more memory than many threads."),
  SWITCH(
      5,
      "A context switch between processes costs more than one between threads, and threads "
          + "communicate more cheaply."),
  ISOLATION(
      6,
      "A failing process does not take the others down; a failing thread can take the whole "
          + "process down."),
  SYNCHRONIZATION(7, "Sharing resources between threads brings synchronization problems.");

  private final int number;
  private final String text;

  LessonClaim(int number, String text) {
    this.number = number;
    this.text = text;
  }

  public int number() {
    return number;
  }

  public String text() {
    return text;
  }
}
