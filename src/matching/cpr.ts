// CPR numbers (DDMMYY-XXXX) must never be echoed, logged or matched on.
const CPR = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d{2})[\s-]?(\d{4})(?!\d)/gu;

export function containsCpr(text: string): boolean {
  CPR.lastIndex = 0;
  return CPR.test(text);
}

/** The text with every CPR number replaced, so nothing downstream can see or repeat it. */
export function redactCpr(text: string): string {
  return text.replace(CPR, ' ');
}
