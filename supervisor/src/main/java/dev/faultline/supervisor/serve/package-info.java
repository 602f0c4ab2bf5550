/**
 * One running server: {@link dev.faultline.supervisor.serve.Server} creates the backend of the
 * chosen mode, waits until every unit is ready, then listens (the "listening on http://" line is
 * what the demo root and the tests wait for), and stops cleanly on SIGTERM or Ctrl-C.
 */
package dev.faultline.supervisor.serve;
