/**
 * Runs once when the server starts. The instructor token is resolved here (and, when it was
 * generated, printed to the log with the dashboard's address) so the teacher sees it before
 * the class arrives, and the record of new sessions starts with the server.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const { getInstructorState } = await import('./lib/site/instructor');
    getInstructorState();
  } catch (error) {
    // The site must still serve lessons; the dashboard reports the problem when opened.
    console.error('instructor: could not set up the instructor token at start', error);
  }
}
