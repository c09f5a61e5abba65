import { Link } from '@/components/site/link';
import { publishedSlugs } from '@/lib/course/content';
import { course } from '@/lib/course/course';
import { siteMessages } from '@/lib/i18n/messages/site';
import type { Locale } from '@/lib/i18n/locales';
import { instructorMessages } from '@/lib/i18n/messages/instructor';
import { practiceMessages } from '@/lib/i18n/messages/practice';
import { PresenterControls, type PresenterLabels } from '../instructor/presenter/presenter-controls';
import { SearchDialog } from './search-dialog';
import { LanguageSwitch } from './language-switch';
import { MobileNav } from './mobile-nav';
import { ThemeToggle } from './theme-toggle';

const navLink =
  'rounded-md px-2 py-2 text-muted hover:bg-accent-soft lg:px-3 hover:text-ink dark:text-night-muted dark:hover:bg-night-2 dark:hover:text-night-ink';

function presenterLabels(locale: Locale): PresenterLabels {
  const t = instructorMessages(locale);
  return {
    presenterOff: t.presenterOff,
    inspectorHidden: t.inspectorHidden,
    shortcutsTitle: t.shortcutsTitle,
    shortcutPrev: t.shortcutPrev,
    shortcutNext: t.shortcutNext,
    shortcutInspector: t.shortcutInspector,
    shortcutFullscreen: t.shortcutFullscreen,
    shortcutHelp: t.shortcutHelp,
    shortcutClose: t.shortcutClose,
  };
}

export function SiteHeader({ locale }: { locale: Locale }) {
  const dict = siteMessages(locale);
  const published = publishedSlugs();
  const outline = course
    .filter((lesson) => published.includes(lesson.slug))
    .map((lesson) => ({ slug: lesson.slug, title: lesson.title[locale] }));
  return (
    <header
      data-site-header
      className="sticky top-0 z-40 border-b border-line bg-paper/90 backdrop-blur dark:border-night-line dark:bg-night/90"
    >
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-2 px-3 sm:gap-3 sm:px-6">
        <MobileNav
          locale={locale}
          outline={outline}
          courseSlugs={course.map((lesson) => lesson.slug)}
          labels={{
            lab: dict.lab.nav,
            practice: practiceMessages(locale).nav,
            glossary: dict.nav.glossary,
            open: dict.nav.openMenu,
            close: dict.nav.closeMenu,
            menu: dict.nav.menu,
            home: dict.nav.home,
            learn: dict.nav.learn,
            outline: dict.learn.outline,
            progress: dict.progress,
          }}
        />
        <Link href={`/${locale}`} className="flex min-h-11 min-w-11 items-center gap-2 font-bold tracking-tight">
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-lg bg-accent text-sm text-white dark:bg-night-accent dark:text-night"
          >
            SP
          </span>
          <span className="sr-only text-base whitespace-nowrap min-[420px]:not-sr-only sm:text-lg">{dict.site.name}</span>
        </Link>
        <nav aria-label={dict.nav.main} className="ml-2 hidden md:block lg:ml-6">
          <ul className="flex gap-1">
            <li>
              <Link href={`/${locale}/learn`} className={navLink}>
                {dict.nav.learn}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/lab`} className={navLink}>
                {dict.lab.nav}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/practice`} className={navLink}>
                {practiceMessages(locale).nav}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/glossary`} className={navLink}>
                {dict.nav.glossary}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <SearchDialog locale={locale} labels={dict.search} />
          <LanguageSwitch locale={locale} label={dict.language.label} />
          <PresenterControls labels={presenterLabels(locale)} locale={locale} />
          <ThemeToggle label={dict.theme.dark} />
        </div>
      </div>
    </header>
  );
}
