'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { BeaconStrings } from './class-beacon';
import { hasJoined, onMembershipChange, rememberedEnded } from './membership';

// Only a student who joined the class loads the beacon's code; every other reader pays nothing.
const ClassBeacon = dynamic(() => import('./class-beacon').then((mod) => mod.ClassBeacon), { ssr: false });

/** Mounts the class beacon once this browser has joined, and keeps it (it shows the notice when the session ends, also after a reload of the tab). */
export function ClassBeaconLoader({ locale, strings }: { locale: Locale; strings: BeaconStrings }) {
  const [load, setLoad] = useState(false);
  useEffect(() => {
    const check = () => {
      if (hasJoined() || rememberedEnded() !== null) setLoad(true);
    };
    check();
    return onMembershipChange(check);
  }, []);
  return load ? <ClassBeacon locale={locale} strings={strings} /> : null;
}
