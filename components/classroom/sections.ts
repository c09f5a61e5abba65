/** The lesson section at the reading line: the last `##` heading above the upper third of the window. */
export function currentSection(): string | null {
  let current: string | null = null;
  for (const heading of document.querySelectorAll<HTMLElement>('.lesson-prose > h2[id]')) {
    if (heading.getBoundingClientRect().top <= window.innerHeight * 0.35) current = heading.id;
    else break;
  }
  return current;
}
