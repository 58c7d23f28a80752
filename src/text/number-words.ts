// English words for numbers: cardinals, ordinals, years and decimals.

const ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

/** Cardinal words for a non-negative integer given as digits ("100000" → "one hundred thousand"). */
export function cardinal(digits: string): string {
  const clean = digits.replace(/^0+(?=\d)/, '');
  if (clean.length > 18) return clean.split('').map((d) => ONES[Number(d)]).join(' ');
  let n = BigInt(clean);
  if (n === 0n) return 'zero';
  const groups: string[] = [];
  for (let scale = 0; n > 0n; scale++, n /= 1000n) {
    const chunk = Number(n % 1000n);
    if (chunk) groups.unshift(`${underThousand(chunk)}${SCALES[scale] ? ` ${SCALES[scale]}` : ''}`);
  }
  return groups.join(' ');
}

function underThousand(n: number): string {
  const parts: string[] = [];
  if (n >= 100) {
    parts.push(`${ONES[Math.floor(n / 100)]} hundred`);
    n %= 100;
  }
  if (n) parts.push(underHundred(n));
  return parts.join(' ');
}

function underHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${tens}-${ONES[n % 10]}` : tens;
}

const IRREGULAR_ORDINALS: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** Ordinal words ("23" → "twenty-third"). */
export function ordinal(digits: string): string {
  const words = cardinal(digits);
  return words.replace(/([a-z]+)$/, (last) => {
    if (IRREGULAR_ORDINALS[last]) return IRREGULAR_ORDINALS[last]!;
    if (last.endsWith('y')) return `${last.slice(0, -1)}ieth`;
    return `${last}th`;
  });
}

/** A year as people say it ("1998" → "nineteen ninety-eight", "2005" → "two thousand five"). */
export function year(digits: string): string {
  const n = Number(digits);
  if (digits.length !== 4) return cardinal(digits);
  if (n % 1000 < 10 && n >= 2000) return cardinal(digits);
  const hi = Math.floor(n / 100);
  const lo = n % 100;
  if (lo === 0) return `${cardinal(String(hi))} hundred`;
  return `${cardinal(String(hi))} ${lo < 10 ? `oh ${ONES[lo]}` : underHundred(lo)}`;
}

/** A number with an optional decimal part ("14.5" → "fourteen point five"; digits after the point one by one). */
export function decimal(text: string): string {
  const [whole, frac] = text.replace(/,/g, '').split('.');
  const head = cardinal(whole || '0');
  if (!frac) return head;
  return `${head} point ${frac.split('').map((d) => ONES[Number(d)]).join(' ')}`;
}
