import '@payloadcms/next/css'
import './custom.scss'

import config from '@payload-config'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { cookies } from 'next/headers'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import { readingAfter, WRITTEN_COOKIE } from '../../lib/read-replicas'
import { importMap } from './admin/importMap.js'

// The panel's server functions (form state, lists) read what its REST saves just wrote.
const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  const written = (await cookies()).get(WRITTEN_COOKIE)?.value
  return readingAfter(written, () => handleServerFunctions({ ...args, config, importMap }))
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
