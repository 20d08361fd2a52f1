import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { citizenSensitive } from '../../access/sensitiveFields'
import { isAdmin } from '../../access/isAdmin'
import { nobodyField } from '../../access/nobody'
import { servesHttps } from '../../lib/env'
import { FISCAL_CODE_CONFIRMATIONS, IDENTITY_DOCUMENTS, normaliseTaxCodeHook, validatePersonalFiscalCode } from '../../lib/fields'
import { districtLabel, label, LANGUAGES } from '../../lib/i18n'
import { withSessionControls } from '../../lib/sessions'
import { caredForPersonRow } from '../shared/caredFor'
import { CONTACT_PREFERENCES, validateEmailOrOtherContact } from './contact'
import { selfOrAdmin } from './access/selfOrAdmin'
import { signUpOrAdmin } from './access/signUpOrAdmin'
import { passwordResetEmail, verificationEmail } from './emails'
import { holdEmailChange, sendEmailChangeLink } from './hooks/holdEmailChange'
import { keepConfirmedFiscalCode } from './hooks/keepConfirmedFiscalCode'
import { answerSignUp, answerTakenSignUp, checkSignUp, privacyConsentField, recordSignUpConsent } from './hooks/signUp'

/** The proof of a codice fiscale: read like the code itself, written only by the server's own confirmation. */
const PROOF_ACCESS = { read: citizenSensitive, create: nobodyField, update: nobodyField }

/**
 * Residents and families. They sign in on the public site, never in the admin panel, and are
 * identified by their codice fiscale once SPID/CIE or a desk operator has confirmed it.
 */
export const Citizens: CollectionConfig = withSessionControls('citizens', {
  slug: 'citizens',
  labels: { singular: label('Cittadino', 'Citizen'), plural: label('Cittadini', 'Citizens') },
  auth: {
    depth: 0,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: servesHttps() },
    // A new account signs in only once its address is confirmed.
    verify: {
      generateEmailSubject: (args) => verificationEmail({ token: args?.token ?? '', user: args?.user }).subject,
      generateEmailHTML: (args) => verificationEmail({ token: args?.token ?? '', user: args?.user }).html,
    },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: (args) => passwordResetEmail({ token: args?.token, user: args?.user }).subject,
      generateEmailHTML: (args) => passwordResetEmail({ token: args?.token, user: args?.user }).html,
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['lastName', 'firstName', 'email', 'address.district'],
    group: label('Persone', 'People'),
    hidden: hiddenUnless('admin'),
  },
  hooks: {
    beforeChange: [keepConfirmedFiscalCode, holdEmailChange],
    afterChange: [sendEmailChangeLink, recordSignUpConsent],
    // Sign-up and password reset: limits, the privacy consent and answers that name no account.
    beforeOperation: [checkSignUp],
    afterOperation: [answerSignUp],
    afterError: [answerTakenSignUp],
    // Deleting a citizen, from anywhere, erases their personal data: plugins/privacy adds that hook.
  },
  access: {
    admin: () => false,
    create: signUpOrAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', label: label('Nome', 'First name') },
        { name: 'lastName', type: 'text', label: label('Cognome', 'Last name') },
      ],
    },
    {
      // What the citizen typed: a claim, which neither links accounts nor matches vouchers. Not
      // unique, so that claiming a code somebody else holds answers like any other code.
      name: 'fiscalCode',
      type: 'text',
      label: label('Codice fiscale', 'Tax code (codice fiscale)'),
      index: true,
      access: { read: citizenSensitive },
      hooks: { beforeValidate: [normaliseTaxCodeHook] },
      validate: validatePersonalFiscalCode,
    },
    {
      // The proven code: written only by SPID/CIE sign-in or by a desk operator who saw a document.
      name: 'confirmedFiscalCode',
      type: 'text',
      label: label('Codice fiscale confermato', 'Confirmed tax code'),
      unique: true,
      index: true,
      access: PROOF_ACCESS,
      admin: {
        readOnly: true,
        description: label(
          'Il solo codice che collega gli accessi con SPID/CIE e i voucher.',
          'The only code that links SPID/CIE sign-ins and vouchers.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fiscalCodeConfirmedBy',
          type: 'select',
          label: label('Confermato con', 'Confirmed by'),
          options: FISCAL_CODE_CONFIRMATIONS,
          access: PROOF_ACCESS,
          admin: { readOnly: true },
        },
        {
          name: 'fiscalCodeDocument',
          type: 'select',
          label: label('Documento visto allo sportello', 'Document seen at the desk'),
          options: IDENTITY_DOCUMENTS,
          access: PROOF_ACCESS,
          admin: { readOnly: true },
        },
        {
          name: 'fiscalCodeConfirmedAt',
          type: 'date',
          label: label('Confermato il', 'Confirmed on'),
          access: PROOF_ACCESS,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'birthDate',
      type: 'date',
      label: label('Data di nascita', 'Date of birth'),
      access: { read: citizenSensitive },
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      // Payload's own address field, made optional: a person registered at a desk may have none.
      name: 'email',
      type: 'email',
      required: false,
      validate: validateEmailOrOtherContact,
    },
    { name: 'phone', type: 'text', label: label('Telefono', 'Phone') },
    {
      name: 'contactPreference',
      type: 'select',
      label: label('Come preferisce essere contattato', 'How they prefer to be contacted'),
      defaultValue: 'email',
      options: [...CONTACT_PREFERENCES],
      // Written only by a desk registration, where an operator agreed it with the person.
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'address',
      type: 'group',
      label: label('Indirizzo', 'Address'),
      fields: [
        { name: 'street', type: 'text', label: label('Via e numero civico', 'Street and number') },
        { name: 'postcode', type: 'text', label: label('CAP', 'Postcode') },
        { name: 'district', type: 'relationship', relationTo: 'districts', label: districtLabel },
      ],
    },
    {
      name: 'beneficiaries',
      type: 'array',
      label: label('Persone di cui mi occupo', 'People I care for'),
      labels: { singular: label('Persona', 'Person'), plural: label('Persone', 'People') },
      maxRows: 10,
      access: { read: citizenSensitive },
      admin: {
        description: label('Familiari o altre persone per cui chiedere i servizi.', 'Relatives or others to request services for.'),
      },
      fields: [caredForPersonRow()],
    },
    {
      name: 'digitalIdentity',
      type: 'group',
      label: label('Identità digitale (SPID/CIE)', 'Digital identity (SPID/CIE)'),
      admin: {
        readOnly: true,
        description: label("Scritta solo dall'accesso con SPID o CIE.", 'Written only by signing in with SPID or CIE.'),
      },
      // Only the sign-in itself records which provider vouched for the citizen.
      access: { create: () => false, update: () => false },
      fields: [
        { name: 'issuer', type: 'text', label: label('Provider', 'Provider') },
        { name: 'subject', type: 'text', label: label('Identificativo presso il provider', 'Identifier at the provider') },
        { name: 'level', type: 'text', label: label('Livello di garanzia', 'Assurance level') },
        {
          name: 'lastSignInAt',
          type: 'date',
          label: label('Ultimo accesso', 'Last sign-in'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      // A new address waits here until the link sent to it is followed; only then does it replace `email`.
      name: 'pendingEmail',
      type: 'email',
      label: label('Nuovo indirizzo e-mail da confermare', 'New e-mail address awaiting confirmation'),
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
    privacyConsentField,
    {
      name: 'language',
      type: 'select',
      label: label('Lingua preferita', 'Preferred language'),
      defaultValue: 'it',
      options: LANGUAGES.map((value) => ({ value, label: value === 'it' ? 'Italiano' : 'English' })),
    },
  ],
})
