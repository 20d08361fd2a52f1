import { type Bilingual, label } from './i18n/language'

/**
 * The page-clarity rating of the Designers Italia "Modello Comuni": five stars, then what
 * residents liked (four or five stars) or where they struggled (one to three). The answers are
 * the model's own words, which the national checker of municipal sites looks for; the site
 * shows them and the collection stores their values, so both read this one list.
 */
export const FEEDBACK_RATINGS = [1, 2, 3, 4, 5] as const

export type FeedbackTone = 'positive' | 'negative'

/** Where the model turns from "where did you struggle" to "what did you like". */
export const toneOf = (rating: number): FeedbackTone => (rating >= 4 ? 'positive' : 'negative')

/** The model's limit for the free-text details. */
export const FEEDBACK_DETAILS_MAX = 200

/** Long enough for any address of the site, short enough that nobody stores an essay in it. */
export const FEEDBACK_PATH_MAX = 300

export type FeedbackAnswer = { readonly value: string; readonly label: Bilingual }

export const FEEDBACK_ANSWERS = {
  positive: [
    { value: 'clear', label: label('Le indicazioni erano chiare', 'The instructions were clear') },
    { value: 'complete', label: label('Le indicazioni erano complete', 'The instructions were complete') },
    {
      value: 'knew-progress',
      label: label('Capivo sempre che stavo procedendo correttamente', 'I always knew I was doing it right'),
    },
    { value: 'no-technical-problems', label: label('Non ho avuto problemi tecnici', 'I had no technical problems') },
    { value: 'other-liked', label: label('Altro', 'Other') },
  ],
  negative: [
    { value: 'unclear', label: label('A volte le indicazioni non erano chiare', 'At times the instructions were not clear') },
    { value: 'incomplete', label: label('A volte le indicazioni non erano complete', 'At times the instructions were not complete') },
    {
      value: 'unsure-progress',
      label: label('A volte non capivo se stavo procedendo correttamente', 'At times I was not sure I was doing it right'),
    },
    { value: 'technical-problems', label: label('Ho avuto problemi tecnici', 'I had technical problems') },
    { value: 'other-difficulty', label: label('Altro', 'Other') },
  ],
} as const satisfies Record<FeedbackTone, readonly FeedbackAnswer[]>

export type FeedbackAnswerValue = (typeof FEEDBACK_ANSWERS)[FeedbackTone][number]['value']

/** Every answer, what went well first, as the collection's select offers them. */
export const FEEDBACK_ANSWER_OPTIONS: readonly FeedbackAnswer[] = [...FEEDBACK_ANSWERS.positive, ...FEEDBACK_ANSWERS.negative]

/** An answer belongs to the question its rating asks: no "it was clear" with two stars. */
export const answerFitsRating = (answer: string, rating: number): boolean =>
  FEEDBACK_ANSWERS[toneOf(rating)].some((option) => option.value === answer)

/** The query parameter that tells a page, after a post without JavaScript, how its rating went. */
export const FEEDBACK_PARAM = 'feedback'

export type FeedbackState = 'sent' | 'error'

export const feedbackStateOf = (url: URL): FeedbackState | null => {
  const state = url.searchParams.get(FEEDBACK_PARAM)
  return state === 'sent' || state === 'error' ? state : null
}

/** The address the form names as its page: where it was, with the outcome of an earlier rating left out. */
export const feedbackPageOf = (url: URL): string => {
  const params = new URLSearchParams(url.searchParams)
  params.delete(FEEDBACK_PARAM)
  const search = params.toString()
  return `${url.pathname}${search ? `?${search}` : ''}`
}
