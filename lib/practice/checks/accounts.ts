/** The practice accounts: the same two as the site's demo. */
export const RIYA = { username: 'riya', password: 'chai-1234' } as const;
export const AMAN = { username: 'aman', password: 'samosa-1234' } as const;
