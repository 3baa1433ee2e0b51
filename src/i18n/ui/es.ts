import type { UIStrings } from './schema';

/** Spanish UI strings (draft: not yet reviewed by a fluent speaker; see src/i18n/reviewed.ts). */
export default {
  'site.name': 'Ayuda para tratamiento en Worcester',
  'site.description':
    'Líneas de ayuda, opciones de tratamiento y el programa de desvío para compradores de Worcester, en lenguaje sencillo.',
  'skipLink.label': 'Saltar al contenido principal',

  'crisisBar.label': 'Ayuda por teléfono',
  'crisisBar.title': '¿Necesita ayuda ahora?',
  'crisisBar.thenDial': 'luego marque {extension}',
  'crisisBar.moreLines': 'Más líneas de ayuda',

  'nav.label': 'Principal',
  'nav.home': 'Inicio',
  'nav.diversion': 'Programa de desvío para compradores',
  'nav.treatment': 'Tratamiento',
  'nav.families': 'Para familias',
  'nav.findTreatment': 'Buscar tratamiento',
  'nav.hotlines': 'Líneas de ayuda',
  'nav.statistics': 'Estadísticas',
  'nav.news': 'Noticias',
  'nav.search': 'Buscar',
  'footer.about': 'Sobre este sitio',
  'footer.privacy': 'Privacidad',
  'footer.accessibility': 'Accesibilidad',
  'nav.menu': 'Menú',
  'langSwitcher.label': 'Idioma',
  'langSwitcher.current': '{language} (página actual)',

  'footer.label': 'Sobre este sitio',
  'footer.notAdvice': 'Este sitio da información, no consejo médico ni legal. En una emergencia, llame al 911.',
  'footer.built': 'Página generada el {date}.',

  'notice.fallback.title': 'Esta página aún no está traducida',
  'notice.fallback.body':
    'El texto de abajo está en inglés. Los números de teléfono de arriba sirven en cualquier idioma: pida un intérprete cuando llame.',
  'notice.draft.title': 'Traducción en borrador',
  'notice.draft.body':
    'Ninguna persona con dominio del idioma ha revisado esta traducción todavía. Si algo no está claro, lea la página en inglés o llame a una línea de ayuda.',
  'notice.draft.englishLink': 'Leer esta página en inglés',

  'sources.heading': 'Fuentes',
  'sources.published': 'Publicado el {date}',
  'sources.noDate': 'La fuente no indica la fecha',

  'hotline.call': 'Llame al {number}',
  'hotline.text': 'Envíe un texto al {number}',
  'hotline.tty': 'TTY (para personas sordas o con dificultad auditiva) {number}',
  'hotline.extension': 'Cuando contesten, marque {extension}.',
  'hotline.hours': 'Horario',
  'hotline.hoursUnknown': 'No publicado. Llame para preguntar.',
  'hotline.languages': 'Idiomas',
  'hotline.languagesUnknown': 'No publicado. Llame y pida un intérprete.',
  'hotline.audience': 'Para quién es',
  'hotline.whatHappens': 'Qué pasa cuando llama',
  'hotline.asPublished':
    'Número según lo publicó {publisher} el {date}. Nadie de este sitio lo ha confirmado llamando todavía.',
  'hotline.asPublishedUndated':
    'Número según lo publicó {publisher}; la fuente no muestra fecha. Nadie de este sitio lo ha confirmado llamando todavía.',
  'hotline.textKeyword': 'Envíe {keyword} por texto al {number}',
  'hotline.chatLink': 'Chatee en línea en {site}',
  'hotline.verified': 'Confirmado con una llamada el {date}.',
  'hotline.source': 'Fuente',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No encontramos esa página. Si necesita ayuda ahora, puede llamar gratis a los números de arriba.',
  'notFound.home': 'Ir a la página de inicio',
} satisfies UIStrings;
