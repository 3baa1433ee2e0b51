// HTML validation of every built page (npm run validate:html).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting choices of Astro's compressed output, not errors.
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'attribute-boolean-style': 'off',
    // Call links hold a label and the number; the number itself is kept on one line with CSS white-space: nowrap.
    'tel-non-breaking': 'off',
    // Everything is served from our own origin, so subresource integrity adds nothing.
    'require-sri': 'off',
    // CSP forbids style attributes anyway; keep the validator saying so too.
    'no-inline-style': 'error',
    // Heading ids are made from the headings, in every language. HTML allows any id without spaces; the strict
    // form of this rule also rejects the combining marks written in Arabic words (ُ, ّ), so only HTML's rule applies.
    'valid-id': ['error', { relaxed: true }],
  },
};
