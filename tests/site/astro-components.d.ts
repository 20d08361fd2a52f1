// The site's own type check reads .astro files; the project's TypeScript sees them as components.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory
  export default Component
}
