package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.pool.PoolEvent.Answered;
import dev.faultline.worker.ipc.IpcMessage.Heartbeat;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;

/**
 * What a worker sends back: a heartbeat, or a job's answer, which completes its request (unless the
 * request was settled already, at its deadline or at a death), counts for the slot's breaker and
 * acquits a retried suspect; or a job handed back unstarted, which is queued again. Run by the
 * pool's loop.
 */
final class Answers {
  private final PoolParts parts;

  Answers(PoolParts parts) {
    this.parts = parts;
  }

  void arrived(Answered e) {
    Worker w = parts.table.byPid(e.pid());
    if (w == null) {
      return;
    }
    if (e.answer() instanceof Heartbeat) {
      parts.heartbeatGaps.observed(w.pid, w.heartbeat(e.receivedAtNanos()));
      return;
    }
    if (e.answer() instanceof JobFailed f && f.notStarted()) {
      handedBack(w, f);
      return;
    }
    long jobId = e.answer() instanceof JobDone d ? d.jobId() : ((JobFailed) e.answer()).jobId();
    PendingJob p = w.answered(jobId);
    if (p == null) {
      return; // answered after it was settled (deadline, death): the request already has its answer
    }
    Slot slot = parts.table.slotOf(w);
    if (slot != null) {
      slot.breaker.jobAnswered();
    }
    parts.triage.acquitted(p);
    if (e.answer() instanceof JobDone d) {
      p.reply.complete(new JobResult(d.digest(), "worker-" + w.slotId(), w.pid));
    } else {
      p.reply.completeExceptionally(BackendFailure.jobFailed(((JobFailed) e.answer()).message()));
    }
  }

  /**
   * The worker never started the job (it waited there behind job threads that did not come free):
   * it goes back to the head of the queue, with the same attempt, for a worker that is moving.
   */
  private void handedBack(Worker w, JobFailed f) {
    PendingJob p = w.handedBack(f.jobId());
    if (p != null) {
      parts.dispatcher.retryFirst(p);
    }
  }
}
