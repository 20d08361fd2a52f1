import type { Access } from 'payload'

import { companyOf, hasRole } from '../../../lib/roles'

/** WeMi admins see every company; its HR staff see their own; nobody else any. */
export const readCompanies: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const company = companyOf(user)
  return company ? { id: { equals: company } } : false
}

/** Records that belong to one company (its invitations, its purchases of credit): its HR staff and WeMi admins. */
export const companyRecords: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const company = companyOf(user)
  return company ? { company: { equals: company } } : false
}
