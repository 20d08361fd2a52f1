import type { GlobalConfig, Validate } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { contactRow } from '../../lib/fields'
import { label, message } from '../../lib/i18n'

/** The city that runs this instance. Another city changes this record, not the code. */
export const City: GlobalConfig = {
  slug: 'city',
  label: label('Profilo della città', 'City profile'),
  admin: { group: label('Impostazioni', 'Settings'), hidden: hiddenUnless('admin') },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true },
        {
          name: 'timeZone',
          type: 'text',
          label: label('Fuso orario', 'Time zone'),
          required: true,
          defaultValue: 'Europe/Rome',
        },
      ],
    },
    {
      name: 'districtsLabel',
      type: 'text',
      label: label('Come si chiamano i quartieri amministrativi', 'What the districts are called'),
      localized: true,
      admin: { description: label('Per Milano: Municipi. Per Bologna: Quartieri.', 'Milano: Municipi. Bologna: Quartieri.') },
    },
    {
      name: 'districts',
      type: 'relationship',
      relationTo: 'districts',
      hasMany: true,
      label: label('Municipi della città', 'The city’s districts'),
    },
    {
      name: 'contacts',
      type: 'group',
      label: label('Contatti', 'Contacts'),
      fields: [
        contactRow,
        { name: 'address', type: 'text', label: label('Indirizzo', 'Address') },
        { name: 'website', type: 'text', label: label('Sito istituzionale', 'Official website') },
      ],
    },
    {
      name: 'branding',
      type: 'group',
      label: label('Aspetto', 'Branding'),
      fields: [
        { name: 'tagline', type: 'text', label: label('Sottotitolo', 'Tagline'), localized: true },
        {
          name: 'primaryColor',
          type: 'text',
          label: label('Colore principale', 'Primary colour'),
          defaultValue: '#0066cc',
          validate: ((value, { req }) =>
            value == null || value === '' || /^#[0-9a-fA-F]{6}$/.test(value) ? true : message(req, 'invalidColour')) as Validate<string>,
        },
        { name: 'logo', type: 'upload', relationTo: 'media', label: label('Stemma o logo', 'Coat of arms or logo') },
      ],
    },
  ],
}
