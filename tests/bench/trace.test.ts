import { describe, expect, test } from 'vitest';
import {
  cpuFromMarkToScriptEnd,
  longTasksInTrace,
  pageMainThread,
  scriptTime,
  UNTRACED,
  type TraceEvent,
} from './trace';

const EXT = 'chrome-extension://abc/';
const CS = `${EXT}article.js`;
const PAGE = 'http://127.0.0.1:1/articles/x/';
const on = { pid: 1, tid: 2 };

// A 100 ms task: 60 ms of content script (with a nested no-URL callback), 30 ms of layout, 10 ms untraced.
const events: TraceEvent[] = [
  { name: 'ParseHTML', ...on, ts: 0, dur: 1000, args: { beginData: { url: PAGE } } },
  { name: 'RunTask', ...on, ts: 10_000, dur: 100_000, tdur: 40_000 },
  { name: 'EvaluateScript', ...on, ts: 10_000, dur: 60_000, tts: 5_000, tdur: 20_000, args: { data: { url: CS } } },
  { name: 'kontekst-start', ...on, ts: 20_000, tts: 9_000 },
  { name: 'FunctionCall', ...on, ts: 30_000, dur: 5_000, args: { data: { url: '' } } },
  { name: 'Layout', ...on, ts: 70_000, dur: 30_000 },
  { name: 'RunTask', ...on, ts: 200_000, dur: 20_000 },
  { name: 'RunTask', pid: 9, tid: 9, ts: 0, dur: 90_000 },
  { name: 'EvaluateScript', pid: 9, tid: 9, ts: 0, dur: 1_000, args: { data: { url: 'https://other/' } } },
];

describe('scriptTime', () => {
  test.each([
    ['the content script: wall and thread time', CS, { wallMs: 60, cpuMs: 20 }],
    ['a script that did not run', `${EXT}nope.js`, null],
  ])('%s', (_name, url, expected) => {
    expect(scriptTime(events, url)).toEqual(expected);
  });
  test('no thread time recorded: cpu is null', () => {
    expect(scriptTime([{ name: 'EvaluateScript', ts: 0, dur: 2000, args: { data: { url: CS } } }], CS)).toEqual({
      wallMs: 2,
      cpuMs: null,
    });
  });
});

test('pageMainThread: the thread that parsed the page', () => {
  expect(pageMainThread(events, PAGE)).toEqual(on);
  expect(pageMainThread(events, 'http://elsewhere/')).toBeNull();
});

test('cpuFromMarkToScriptEnd: thread time from the mark to the end of the script', () => {
  // Script thread clock ends at 5 000 + 20 000 µs; the mark was at 9 000 µs.
  expect(cpuFromMarkToScriptEnd(events, 'kontekst-start', CS)).toBe(16);
  expect(cpuFromMarkToScriptEnd(events, 'no-such-mark', CS)).toBeNull();
});

describe('longTasksInTrace', () => {
  const [task, ...rest] = longTasksInTrace(events, on, EXT);
  test('only tasks over 50 ms on the page thread', () => {
    expect(rest).toHaveLength(0);
    expect(task!.ms).toBe(100);
    expect(task!.cpuMs).toBe(40);
  });
  test('its parts by kind, nested events inside their outer part, the rest untraced', () => {
    expect(task!.extensionMs).toBe(60);
    expect(task!.parts).toEqual([
      { name: 'extension script', ms: 60 },
      { name: 'layout', ms: 30 },
      { name: UNTRACED, ms: 10 },
    ]);
  });
  test('a shorter threshold finds the short task too', () => {
    expect(longTasksInTrace(events, on, EXT, 10)).toHaveLength(2);
  });
});
