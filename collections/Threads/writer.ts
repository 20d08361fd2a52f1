/** Set on the request of a transition: the one writer allowed to change threads and their ledger. */
export const LIFECYCLE_CONTEXT = 'lifecycle'
