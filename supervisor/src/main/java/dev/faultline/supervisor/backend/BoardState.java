package dev.faultline.supervisor.backend;

/**
 * What a unit (thread or worker) is doing, as the scoreboard shows it: one character each, in the
 * manner of Apache's mod_status, so a row of units reads at a glance ({@code W_W_S+}).
 */
public enum BoardState {
  STARTING('S'),
  IDLE('_'),
  BUSY('W'),
  DRAINING('G'),
  STOPPING('C'),
  DEAD('X'),
  SPARE('+');

  /** The key printed under a text scoreboard. */
  public static final String LEGEND =
      "S starting, _ idle, W busy, G draining, C stopping, X dead, + spare";

  private final char symbol;

  BoardState(char symbol) {
    this.symbol = symbol;
  }

  public char symbol() {
    return symbol;
  }

  public String label() {
    return name().toLowerCase();
  }
}
