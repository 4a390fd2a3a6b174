/**
 * How long this copy of the content script serves its page: until the extension goes (reloaded, updated,
 * removed: `runtime.id` is then undefined) or a newer copy is injected into the same page (reading a page
 * once, enabling its site), which takes over. WXT's content-script context does this with an event sent
 * through the page's DOM on every start; a mark in the script's own world is enough, and costs the page nothing.
 */
export interface Lifetime {
  readonly alive: boolean;
  /** Runs once, when this copy stops serving. */
  onEnd(fn: () => void): void;
  /** setInterval, stopped at the end (and the end noticed there). */
  every(ms: number, fn: () => void): void;
}

const KEY = Symbol.for('kontekst.article');

export function startLifetime(runtime: { id?: string }): Lifetime {
  const self = {};
  const world = globalThis as unknown as Record<symbol, object | undefined>;
  world[KEY] = self;
  const ends: (() => void)[] = [];
  let ended = false;
  const alive = () => {
    if (!ended && (world[KEY] !== self || !runtime.id)) {
      ended = true;
      for (const fn of ends.splice(0)) fn();
    }
    return !ended;
  };
  return {
    get alive() {
      return alive();
    },
    onEnd: (fn) => void ends.push(fn),
    every(ms, fn) {
      const timer = setInterval(() => {
        if (alive()) fn();
        else clearInterval(timer);
      }, ms);
      ends.push(() => clearInterval(timer));
    },
  };
}
