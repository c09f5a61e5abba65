import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { publishedSlugs, readLessonSource } from '@/lib/course/content';
import { locales } from '@/lib/i18n/locales';

/** The lines of every ```sh block: the commands a lesson tells the learner to run against the site. */
function shellCommands(source: string): string[] {
  const commands: string[] = [];
  let inShell = false;
  for (const line of source.split('\n')) {
    const fence = /^\s*```(\S*)/.exec(line);
    if (fence) {
      inShell = !inShell && fence[1] === 'sh';
      continue;
    }
    if (inShell && line.trim() && !line.trim().startsWith('#')) commands.push(line.trim());
  }
  return commands;
}

const lessons = locales.flatMap((locale) =>
  publishedSlugs()
    .map((slug) => ({ locale, slug, commands: shellCommands(readLessonSource(locale, slug) ?? '') }))
    .filter((lesson) => lesson.commands.length > 0),
);

test.describe('commands shown in lessons', () => {
  for (const { locale, slug, commands } of lessons) {
    test(`${locale}/${slug}: all ${commands.length} shell commands succeed against the running site`, async ({ baseURL }) => {
      const dir = mkdtempSync(join(tmpdir(), `pathshala-${slug}-`));
      try {
        for (const command of commands) {
          const run = command.replaceAll('http://localhost:3000', baseURL ?? '');
          const result = spawnSync('bash', ['-c', run], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
          expect(result.status, `${command}\n${result.stderr}`).toBe(0);
          expect(result.stdout, command).not.toMatch(/^HTTP\/[\d.]+ 5\d\d/m);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  test('the lessons show commands at all', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(8);
  });
});
