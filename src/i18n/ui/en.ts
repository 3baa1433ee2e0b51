/**
 * English UI strings: the source every other locale must match key for key.
 * Flat dotted keys; `{name}` marks a placeholder filled by `t()`.
 */
export default {
  'site.name': 'Worcester Treatment Help',
  'site.description': 'Help lines, treatment options and the Worcester Buyer Diversion program, in plain language.',
  'skipLink.label': 'Skip to main content',

  'crisisBar.label': 'Help by phone',
  'crisisBar.title': 'Need help now?',
  'crisisBar.thenDial': 'then dial {extension}',
  'crisisBar.moreLines': 'More help lines',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.diversion': 'Buyer Diversion program',
  'nav.treatment': 'Treatment',
  'nav.families': 'For families',
  'nav.findTreatment': 'Find treatment',
  'nav.hotlines': 'Help lines',
  'nav.statistics': 'Statistics',
  'nav.news': 'News',
  'nav.search': 'Search',
  'footer.about': 'About this site',
  'footer.privacy': 'Privacy',
  'footer.accessibility': 'Accessibility',
  'nav.menu': 'Menu',
  'langSwitcher.label': 'Language',
  'langSwitcher.current': '{language} (current page)',

  'footer.label': 'About this site',
  'footer.notAdvice': 'This site gives information, not medical or legal advice. In an emergency, call 911.',
  'footer.built': 'Page built on {date}.',

  'notice.fallback.title': 'This page is not translated yet',
  'notice.fallback.body':
    'The text below is in English. The phone numbers at the top of the page work in any language: ask for an interpreter when you call.',
  'notice.draft.title': 'Draft translation',
  'notice.draft.body':
    'This translation has not yet been checked by a fluent reviewer. If something is unclear, read the English page or call a help line.',
  'notice.draft.englishLink': 'Read this page in English',

  'sources.heading': 'Sources',
  'sources.published': 'Published {date}',
  'sources.noDate': 'Date not stated in the source',

  'hotline.call': 'Call {number}',
  'hotline.text': 'Text {number}',
  'hotline.tty': 'TTY (for deaf or hard of hearing callers) {number}',
  'hotline.extension': 'When the line answers, dial {extension}.',
  'hotline.hours': 'Hours',
  'hotline.hoursUnknown': 'Not published. Call to ask.',
  'hotline.languages': 'Languages',
  'hotline.languagesUnknown': 'Not published. Call to ask for an interpreter.',
  'hotline.audience': 'Who it is for',
  'hotline.whatHappens': 'What happens when you call',
  'hotline.asPublished':
    'Number as published by {publisher} on {date}. Nobody from this site has confirmed it by calling yet.',
  'hotline.asPublishedUndated':
    'Number as published by {publisher}; the source shows no date. Nobody from this site has confirmed it by calling yet.',
  'hotline.textKeyword': 'Text {keyword} to {number}',
  'hotline.chatLink': 'Chat online at {site}',
  'hotline.verified': 'Confirmed by a call on {date}.',
  'hotline.source': 'Source',

  'notFound.title': 'Page not found',
  'notFound.body':
    'We could not find that page. If you need help now, the phone numbers at the top of this page are free to call.',
  'notFound.home': 'Go to the home page',
} as const;
