/** A Chrome trace event, as much of it as the bench reads (times and durations in µs). */
export interface TraceEvent {
  name: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: what it cost, without the time the thread waited for a core. */
  tdur?: number;
  /** Thread (CPU) clock at the event's start, µs. */
  tts?: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

/**
 * The categories the bench records: EvaluateScript, Layout, ParseHTML, GC and every RunTask, with thread
 * times, and User Timing marks.
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

export interface ScriptTime {
  /** Wall-clock time, ms. */
  wallMs: number;
  /** Thread (CPU) time, ms: the same without the time the thread was not running (null: not recorded). */
  cpuMs: number | null;
}

/**
 * Main-thread time of one script in a trace: its `EvaluateScript` events (compile and first run, for a
 * content script its whole synchronous start); null when the script did not run in the trace.
 */
export function scriptTime(events: readonly TraceEvent[], url: string): ScriptTime | null {
  const hits = events.filter(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url === url && typeof e.dur === 'number',
  );
  if (hits.length === 0) return null;
  const cpu = hits.every((e) => typeof e.tdur === 'number') ? hits.reduce((s, e) => s + e.tdur!, 0) / 1000 : null;
  return { wallMs: hits.reduce((s, e) => s + e.dur!, 0) / 1000, cpuMs: cpu };
}

/**
 * The content script's whole cost on the page's main thread: its EvaluateScript (start-up and first run)
 * and every later callback into it (a FunctionCall of its URL: idle callbacks, timers, message and event
 * listeners), wall and thread time. Nested calls count once. Null when the script did not run.
 */
export function wholeScriptTime(events: readonly TraceEvent[], url: string): ScriptTime | null {
  const own = events
    .filter(
      (e) =>
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        e.args?.data?.url === url &&
        typeof e.ts === 'number' &&
        typeof e.dur === 'number',
    )
    .sort((a, b) => a.ts! - b.ts! || b.dur! - a.dur!);
  if (!own.some((e) => e.name === 'EvaluateScript')) return null;
  let wall = 0;
  let cpu: number | null = 0;
  let end = -Infinity;
  for (const e of own) {
    // Inside an event already counted (a callback run from the script's own start-up): once.
    if (e.ts! < end && e.pid === own[0]!.pid) continue;
    end = e.ts! + e.dur!;
    wall += e.dur!;
    cpu = cpu === null || typeof e.tdur !== 'number' ? null : cpu + e.tdur;
  }
  return { wallMs: wall / 1000, cpuMs: cpu === null ? null : cpu / 1000 };
}

/**
 * Thread (CPU) time from a User Timing mark made by a script to the end of that script's EvaluateScript:
 * for the content script, its measure (which starts at the mark and ends just before the script does)
 * without the time the thread waited for a core. Null when the trace lacks thread times.
 */
export function cpuFromMarkToScriptEnd(events: readonly TraceEvent[], mark: string, url: string): number | null {
  for (const e of events) {
    if (e.name !== 'EvaluateScript' || e.args?.data?.url !== url) continue;
    if (
      typeof e.ts !== 'number' ||
      typeof e.dur !== 'number' ||
      typeof e.tts !== 'number' ||
      typeof e.tdur !== 'number'
    )
      continue;
    const [start, end] = [e.ts, e.ts + e.dur];
    const m = events.find(
      (x) =>
        x.name === mark &&
        x.pid === e.pid &&
        x.tid === e.tid &&
        typeof x.tts === 'number' &&
        x.ts! >= start &&
        x.ts! <= end,
    );
    if (m) return (e.tts + e.tdur - m.tts!) / 1000;
  }
  return null;
}

export interface Thread {
  pid: number;
  tid: number;
}

/** The renderer main thread that parsed the page at `url` (the trace holds every process). */
export function pageMainThread(events: readonly TraceEvent[], url: string): Thread | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  return parse && parse.pid !== undefined && parse.tid !== undefined ? { pid: parse.pid, tid: parse.tid } : null;
}

/** What a long task was busy with. */
export interface TaskAnatomy {
  /** The task's length (wall clock), ms. */
  ms: number;
  /** Its thread (CPU) time, ms: far below `ms` when the thread waited for a core (null: not recorded). */
  cpuMs: number | null;
  /** Time inside it spent running the extension's scripts (EvaluateScript / FunctionCall of its URLs), ms. */
  extensionMs: number;
  /** Its direct parts by kind, largest first, ms (e.g. layout, parse HTML, extension script, GC). */
  parts: { name: string; ms: number }[];
}

const KIND: Record<string, string> = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  Layout: 'layout',
  UpdateLayoutTree: 'style',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  MinorGC: 'GC',
  MajorGC: 'GC',
  CommitLoad: 'navigation commit',
};

/** Work the trace does not break down (navigation commit, window and world set-up, waiting for a core). */
export const UNTRACED = 'other';

/** Total length of the union of intervals (nested or overlapping events count once). */
function unionUs(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

const kindOf = (e: TraceEvent, extensionPrefix: string): string | undefined => {
  const kind = KIND[e.name];
  if (kind !== 'script') return kind;
  const url = e.args?.data?.url ?? '';
  return url.startsWith(extensionPrefix) ? 'extension script' : url ? 'page script' : 'script';
};

/**
 * The tasks longer than `minMs` on a thread (`RunTask` events), each with what it ran: the extension's
 * scripts (by URL prefix) and its direct parts by kind (nested events count in their outermost part).
 */
export function longTasksInTrace(
  events: readonly TraceEvent[],
  thread: Thread,
  extensionPrefix: string,
  minMs = 50,
): TaskAnatomy[] {
  const onThread = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && typeof e.ts === 'number' && typeof e.dur === 'number',
  );
  return onThread
    .filter((t) => t.name === 'RunTask' && t.dur! > minMs * 1000)
    .map((task) => {
      const inside = onThread
        .filter(
          (e) =>
            e !== task &&
            kindOf(e, extensionPrefix) !== undefined &&
            e.ts! >= task.ts! &&
            e.ts! + e.dur! <= task.ts! + task.dur!,
        )
        .sort((a, b) => a.ts! - b.ts! || b.dur! - a.dur!);
      const byKind = new Map<string, number>();
      const extension: [number, number][] = [];
      let end = -Infinity;
      for (const e of inside) {
        const kind = kindOf(e, extensionPrefix)!;
        if (kind === 'extension script') extension.push([e.ts!, e.ts! + e.dur!]);
        if (e.ts! < end) continue; // nested in the part before it
        end = e.ts! + e.dur!;
        byKind.set(kind, (byKind.get(kind) ?? 0) + e.dur! / 1000);
      }
      const parts = [...byKind].map(([name, ms]) => ({ name, ms }));
      const rest = task.dur! / 1000 - parts.reduce((s, p) => s + p.ms, 0);
      if (rest > 1) parts.push({ name: UNTRACED, ms: rest });
      return {
        ms: task.dur! / 1000,
        cpuMs: typeof task.tdur === 'number' ? task.tdur / 1000 : null,
        extensionMs: unionUs(extension) / 1000,
        parts: parts.sort((a, b) => b.ms - a.ms),
      };
    });
}
