'use client';

import { createContext, useContext } from 'react';

/** The inspector's sections a change can land on, in the order a learner should see them. */
export type ChangedSection = 'store' | 'request';

/**
 * How the inspector tells its frame (the phone's tabs) that something changed while it was out
 * of sight. Outside a frame (a lesson's inline inspector) nobody listens.
 */
export const InspectorChanges = createContext<(section: ChangedSection) => void>(() => {});

export function useReportChange(): (section: ChangedSection) => void {
  return useContext(InspectorChanges);
}
