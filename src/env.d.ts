/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Locale of the main content being rendered (English on fallback pages); read by MDX components. */
    contentLocale?: import('./i18n/locales').LocaleCode;
    /** Locale of the page chrome (the reader's language); content links are localized to it. */
    chromeLocale?: import('./i18n/locales').LocaleCode;
    /** Content file being rendered, so component errors can name it. */
    contentFile?: string;
  }
}
