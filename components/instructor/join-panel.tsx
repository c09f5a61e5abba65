import { qrSvg } from '@/lib/instructor/qr';
import { format } from '@/lib/i18n/format';
import type { InstructorMessages } from '@/lib/i18n/messages/instructor';
import { Card } from '@/components/ui/card';

/** The address students open, large enough to read from the back row, and its QR code. */
export async function JoinPanel({ url, strings: t }: { url: string | null; strings: InstructorMessages }) {
  const svg = url === null ? '' : await qrSvg(url);
  return (
    <Card as="section" aria-labelledby="join-title" className="mt-8">
      <h2 id="join-title" className="text-xl font-bold">
        {t.joinTitle}
      </h2>
      {url === null ? (
        <p className="mt-2">{t.joinNoNetwork}</p>
      ) : (
        <div className="mt-3 flex flex-wrap items-center gap-6">
          <div className="min-w-0 flex-1">
            <p className="text-muted dark:text-night-muted">{t.joinLead}</p>
            <p className="mt-3 font-mono text-3xl font-bold break-all sm:text-5xl" data-testid="join-url">
              {url}
            </p>
          </div>
          <div
            role="img"
            aria-label={format(t.qrLabel, { url })}
            className="size-48 shrink-0 rounded-lg bg-white p-1 sm:size-56 [&>svg]:size-full"
            // Our own SVG, made by the qrcode package from our own address; no user input.
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </div>
      )}
    </Card>
  );
}
