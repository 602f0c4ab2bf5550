package dev.faultline.lab.bench.proc;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The C library calls the benchmark needs and the JDK does not offer: CPU affinity of one thread,
 * POSIX message queues and named semaphores, {@code mkfifo}, {@code posix_spawn}, a fixed-address
 * {@code mmap}. glibc 2.34 and later has all of them in libc (librt and libpthread are empty stubs
 * there). Variadic C functions ({@code sem_open}, {@code mq_open}) are declared with their fixed
 * arguments, which is the same call on x86-64 and aarch64 for integer and pointer arguments.
 */
public interface Libc extends Library {
  Libc C = Native.load("c", Libc.class);

  int O_RDWR = 2;
  int O_CREAT = 0100;
  int O_EXCL = 0200;
  int PROT_READ = 1;
  int PROT_WRITE = 2;
  int MAP_PRIVATE = 2;
  int MAP_ANONYMOUS = 0x20;
  int MAP_FIXED_NOREPLACE = 0x100000;
  int CLOCK_REALTIME = 0;

  int sched_setaffinity(int pid, long cpusetsize, long[] mask);

  int sched_getaffinity(int pid, long cpusetsize, long[] mask);

  int mkfifo(String path, int mode);

  Pointer sem_open(String name, int oflag, int mode, int value);

  int sem_post(Pointer sem);

  int sem_wait(Pointer sem);

  /** {@code abstime} is a {@code struct timespec}: seconds, nanoseconds. */
  int sem_timedwait(Pointer sem, long[] abstime);

  int sem_close(Pointer sem);

  int sem_unlink(String name);

  /** {@code attr} is a {@code struct mq_attr}: flags, maxmsg, msgsize, curmsgs, 4 reserved. */
  int mq_open(String name, int oflag, int mode, long[] attr);

  int mq_send(int mqd, byte[] msg, long len, int prio);

  long mq_receive(int mqd, byte[] msg, long len, Pointer prio);

  long mq_timedreceive(int mqd, byte[] msg, long len, Pointer prio, long[] abstime);

  int mq_close(int mqd);

  int mq_unlink(String name);

  /** {@code argv} and {@code envp} are passed NULL-terminated by JNA. */
  int posix_spawn(
      IntByReference pid,
      String path,
      Pointer fileActions,
      Pointer attr,
      String[] argv,
      String[] envp);

  int waitpid(int pid, IntByReference status, int options);

  Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset);

  int clock_gettime(int clock, long[] timespec);

  /** An absolute {@code CLOCK_REALTIME} deadline this many milliseconds from now. */
  static long[] deadlineIn(long millis) {
    long[] ts = new long[2];
    C.clock_gettime(CLOCK_REALTIME, ts);
    long nanos = ts[1] + millis * 1_000_000;
    ts[0] += nanos / 1_000_000_000;
    ts[1] = nanos % 1_000_000_000;
    return ts;
  }
}
