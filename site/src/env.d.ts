declare namespace App {
  interface Locals {
    /** While a desk operator is helping a citizen: who, and at which desk. */
    assistance?: { citizen: string; desk: string } | null
  }
}
