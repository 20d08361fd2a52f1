/** An origin no request comes from, to resolve a path the way a browser would and see where it lands. */
const PROBE_ORIGIN = 'http://wemi.invalid'

/**
 * Browsers drop tabs and line breaks from an address and read a backslash as a slash, so
 * `/\t/evil.example` or `/\evil.example` leaves the site; a line break in a header is a server
 * error besides. Each is refused as written and in every percent-decoded form, since a target
 * may be decoded again before it is followed.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const UNSAFE = /[\u0000-\u001f\u007f\\]|^\/\/|^[^/]/

/** How many rounds of percent-decoding a target is checked through; deeper nesting is refused. */
const DECODING_ROUNDS = 3

/** The target and each of its percent-decoded forms, or null when one does not decode or never settles. */
const decodedForms = (target: string): string[] | null => {
  const forms = [target]
  for (let round = 0; round < DECODING_ROUNDS; round++) {
    let next: string
    try {
      next = decodeURIComponent(forms[forms.length - 1]!)
    } catch {
      return null
    }
    if (next === forms[forms.length - 1]) return forms
    forms.push(next)
  }
  return null
}

/**
 * Where to send the browser after signing in, out or paying: a path on this site, or the
 * fallback for anything else (another site's address, a scheme, a protocol-relative or
 * backslash path, control characters, their encoded forms, or nothing at all).
 */
export const safeRedirectPath = (target: string | null | undefined, fallback: string): string => {
  if (!target) return fallback
  const forms = decodedForms(target)
  if (!forms || forms.some((form) => UNSAFE.test(form))) return fallback
  return new URL(target, PROBE_ORIGIN).origin === PROBE_ORIGIN ? target : fallback
}
