'use client';

import { useRouter } from 'next/navigation';
import { useServerTruth } from './use-server-truth';

/** For a page the server renders from the session (my account): renders it again when the session may have changed. */
export function RefreshOnSessionChange() {
  const router = useRouter();
  useServerTruth(() => router.refresh());
  return null;
}
