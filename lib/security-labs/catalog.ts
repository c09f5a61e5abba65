/** The security labs in the order the course teaches them; the slug is the URL segment. */
export const SECURITY_LABS = ['fixation', 'xss', 'replay', 'tampering', 'csrf'] as const;
export type SecurityLab = (typeof SECURITY_LABS)[number];

export function isSecurityLab(value: unknown): value is SecurityLab {
  return typeof value === 'string' && (SECURITY_LABS as readonly string[]).includes(value);
}

/** The API path of a lab, which is also the `Path` of its cookies, so they never reach the real demo. */
export function labApiPath(lab: SecurityLab): string {
  return `/api/lab/security/${lab}`;
}
