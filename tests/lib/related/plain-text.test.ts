import { describe, expect, test } from 'vitest';
import { plainText } from '@/lib/related/plain-text';

describe('plainText', () => {
  test.each([
    ['plain title', 'Kosovo court confirms charges', 'Kosovo court confirms charges'],
    ['tags', '<b>Kosovo</b>: <i>Anklage</i> bestätigt', 'Kosovo: Anklage bestätigt'],
    ['script with its body', 'Title<script>alert("x")</script> end', 'Title end'],
    ['unclosed script', 'Title <script>alert(1)', 'Title'],
    ['style', '<style>b{color:red}</style>Naslov', 'Naslov'],
    ['img handler only', '<img src=x onerror=alert(1)>', ''],
    ['comment', 'A<!-- hidden -->B', 'A B'],
    ['named entities', 'Vučić &amp; Kurti: &quot;dialogue&quot; &ndash; again', 'Vučić & Kurti: "dialogue" – again'],
    ['numeric entities', 'Potvrđena optužnica &#8211; &#x201C;Banjska&#x201D;', 'Potvrđena optužnica – “Banjska”'],
    ['encoded tag stays text', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['unknown entity kept', 'A &bogus; B', 'A &bogus; B'],
    ['invalid code point dropped', 'A&#0;B&#xD800;C', 'ABC'],
    ['GDELT punctuation spacing', 'Kosovo , Serbia : talks end .', 'Kosovo, Serbia: talks end.'],
    ['bidi override and controls', 'abc\u202Egnp.exe\u0007', 'abc gnp.exe'],
    ['a < b is not a tag', 'Turnout < 40% in north', 'Turnout < 40% in north'],
    ['whitespace', '  two\n\tlines  ', 'two lines'],
  ])('%s', (_name, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  test('non-strings are empty', () => {
    expect(plainText(undefined)).toBe('');
    expect(plainText(12)).toBe('');
  });

  test('long titles are cut with an ellipsis, never inside a surrogate pair', () => {
    expect(plainText('x'.repeat(400))).toHaveLength(300);
    expect(plainText('x'.repeat(400)).endsWith('…')).toBe(true);
    const cut = plainText('a' + '😀'.repeat(20), 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(/[\ud800-\udbff]…$/.test(cut)).toBe(false);
  });
});
