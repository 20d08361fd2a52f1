declare namespace App {
  interface Locals {
    /** While a desk operator is helping a citizen: who, and at which desk. */
    assistance?: { citizen: string; desk: string } | null
    /** While an editor looks at a draft through a signed link: until when, and the link in each language. */
    preview?: import('./lib/preview').PreviewMark | null
  }
}
