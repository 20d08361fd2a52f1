/**
 * The city's colour as the site uses it: white text is written on it in the header, so it must
 * be dark enough for WCAG 2.1 AA, and the header's top band is a darker shade of it.
 */

/** WCAG 2.1 AA's least contrast for text of normal size. */
export const MIN_TEXT_CONTRAST = 4.5

const channels = (hex: string): number[] => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)

/** Relative luminance as WCAG 2.1 defines it. */
const luminance = (hex: string): number => {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** The contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export const contrastRatio = (a: string, b: string): number => {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (lighter! + 0.05) / (darker! + 0.05)
}

/** The colour with each channel reduced by `share` (0.15 takes 15% off). */
export const darkerShade = (hex: string, share: number): string =>
  `#${channels(hex)
    .map((c) =>
      Math.round(c * (1 - share) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
