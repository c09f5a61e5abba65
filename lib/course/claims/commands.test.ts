import { describe, expect, it } from 'vitest';
import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { locales } from '@/lib/i18n/locales';

/*
 * Commands learners type should work on Windows too, or the lesson says where they do not:
 * no `sed -i` (GNU and BSD differ, PowerShell has none), `node -e` in double quotes (cmd and
 * PowerShell treat single quotes differently), and `curl` explained once for PowerShell.
 */

function commandLines(source: string): string[] {
  const lines: string[] = [];
  let language: string | null = null;
  for (const line of source.split('\n')) {
    const fence = /^\s*```(\S*)/.exec(line);
    if (fence) {
      language = language === null ? (fence[1] ?? '') : null;
      continue;
    }
    if (language === 'sh' || language === 'text' || language === 'powershell') lines.push(line.trim());
  }
  return lines;
}

describe('commands in lessons', () => {
  for (const locale of locales) {
    for (const slug of publishedSlugs()) {
      it(`${locale}/${slug}: no sed -i, and node -e in double quotes`, () => {
        for (const line of commandLines(readLessonSource(locale, slug) ?? '')) {
          expect(line).not.toMatch(/\bsed\s+-i/);
          expect(line).not.toMatch(/\bnode -e '/);
        }
      });
    }

    it(`${locale}: cookies-101, the first lesson with curl, tells PowerShell users to type curl.exe`, () => {
      expect(readLessonSource(locale, 'cookies-101')).toContain('`curl.exe`');
    });
  }
});
