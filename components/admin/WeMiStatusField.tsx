'use client'

import { SelectField, useAuth } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'

/**
 * A validation status as a read-only select for the ente's people, who move it with the
 * validation buttons (WorkflowActions); WeMi staff still pick any state the workflow allows.
 */
export const WeMiStatusField: SelectFieldClientComponent = (props) => {
  const { user } = useAuth()
  const isWeMi = ((user as { roles?: string[] } | null)?.roles ?? []).includes('admin')
  return <SelectField {...props} readOnly={props.readOnly || !isWeMi} />
}
