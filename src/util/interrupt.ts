/**
 * Ctrl+C outside a prompt (between questions, during a save) normally ends
 * the process at once (src/index.ts). A quiz session defers it instead: the
 * save in progress finishes, then the session stops where it is and says
 * what was kept. A second Ctrl+C still ends the process at once. The state
 * sits on globalThis because the entry and the command live in separate bundles.
 */
const KEY = Symbol.for('mlops-study.interrupts');

interface State {
  deferring: number;
  requested: boolean;
}

function state(): State {
  const g = globalThis as { [KEY]?: State };
  return (g[KEY] ??= { deferring: 0, requested: false });
}

/** From now until the returned function is called, Ctrl+C only sets a flag (see interruptRequested). */
export function deferInterrupts(): () => void {
  state().deferring++;
  return () => {
    state().deferring--;
  };
}

/** True once Ctrl+C was pressed while deferring. */
export function interruptRequested(): boolean {
  return state().requested;
}

/** For the SIGINT handler: true when the interrupt was deferred (the first one, while deferring). */
export function deferSigint(): boolean {
  const s = state();
  if (s.deferring <= 0 || s.requested) return false;
  s.requested = true;
  return true;
}
