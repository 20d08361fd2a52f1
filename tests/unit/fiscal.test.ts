import { describe, expect, it } from 'vitest'

import { isValidOrganisationFiscalCode, isValidPersonalFiscalCode, isValidVatNumber, normaliseTaxCode } from '../../lib/fiscal'

describe('personal codice fiscale', () => {
  it('accepts codes with a correct check character, in any case and with spaces', () => {
    expect(isValidPersonalFiscalCode('RSSMRA80A01F205X')).toBe(true)
    expect(isValidPersonalFiscalCode('rssmra80a01f205x')).toBe(true)
    expect(isValidPersonalFiscalCode('RSS MRA 80A01 F205X')).toBe(true)
  })

  it('accepts omocodia variants, where digits are replaced by letters', () => {
    // The 7th character 8 → U; the letter counts like the digit it replaces only in the pattern,
    // the check character is computed on the letters as they are.
    expect(isValidPersonalFiscalCode('RSSMRAU0A01F205U')).toBe(true)
    expect(isValidPersonalFiscalCode('RSSMRAU0A01F205X')).toBe(false)
  })

  it('refuses a wrong check character, a wrong shape and a wrong month letter', () => {
    expect(isValidPersonalFiscalCode('RSSMRA80A01F205Y')).toBe(false)
    expect(isValidPersonalFiscalCode('RSSMRA80A01F205')).toBe(false)
    expect(isValidPersonalFiscalCode('RSSMRA80Z01F205X')).toBe(false)
    expect(isValidPersonalFiscalCode("RSSMRA80A01F205X'; DROP TABLE citizens; --")).toBe(false)
  })
})

describe('partita IVA and numeric codice fiscale', () => {
  it('accepts real numbers of public bodies and companies', () => {
    expect(isValidVatNumber('06363391001')).toBe(true)
    expect(isValidVatNumber('00488410010')).toBe(true)
    expect(isValidVatNumber('80011990639')).toBe(true)
  })

  it('refuses a changed digit, a wrong length and letters', () => {
    expect(isValidVatNumber('06363391002')).toBe(false)
    expect(isValidVatNumber('0636339100')).toBe(false)
    expect(isValidVatNumber('0636339100A')).toBe(false)
  })

  it('lets an organisation use either form', () => {
    expect(isValidOrganisationFiscalCode('06363391001')).toBe(true)
    expect(isValidOrganisationFiscalCode('RSSMRA80A01F205X')).toBe(true)
    expect(isValidOrganisationFiscalCode('12345')).toBe(false)
  })

  it('normalises spaces and case', () => {
    expect(normaliseTaxCode(' rss mra80a01f205x ')).toBe('RSSMRA80A01F205X')
  })
})
