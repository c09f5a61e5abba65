/** A text input in a demo's form: full width under its label, white on the card. */
export const inputClass = 'mt-1 w-full rounded-md border border-line bg-white px-3 py-2 dark:border-night-line dark:bg-night';
