/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Locale of the main content being rendered (English on fallback pages); read by MDX components. */
    contentLocale?: import('./i18n/locales').LocaleCode;
    /** Content file being rendered, so component errors can name it. */
    contentFile?: string;
  }
}
