import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export type ReviewState = 'pending' | 'published' | 'rejected'

/** Reviews reach the public, and the ente's rating, only once WeMi has read them. */
export const moderation: Workflow<ReviewState, Record<string, never>> = {
  initial: 'pending',
  states: [
    { value: 'pending', label: label('Da moderare', 'Awaiting moderation') },
    { value: 'published', label: label('Pubblicata', 'Published') },
    { value: 'rejected', label: label('Non pubblicata', 'Rejected') },
  ],
  transitions: [
    { from: 'pending', to: 'published', by: ['admin'] },
    { from: 'pending', to: 'rejected', by: ['admin'] },
    { from: 'published', to: 'rejected', by: ['admin'] },
    { from: 'rejected', to: 'published', by: ['admin'] },
  ],
}
