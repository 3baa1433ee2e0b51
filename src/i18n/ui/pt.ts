import type { UIStrings } from './schema';

/** Brazilian Portuguese UI strings (draft: not yet reviewed by a fluent speaker; see src/i18n/reviewed.ts). */
export default {
  'site.name': 'Ajuda para tratamento em Worcester',
  'site.description':
    'Linhas de ajuda, opções de tratamento e o programa de desvio para compradores de Worcester, em linguagem simples.',
  'skipLink.label': 'Pular para o conteúdo principal',

  'crisisBar.label': 'Ajuda por telefone',
  'crisisBar.title': 'Precisa de ajuda agora?',
  'crisisBar.thenDial': 'depois digite {extension}',
  'crisisBar.moreLines': 'Mais linhas de ajuda',

  'nav.label': 'Principal',
  'nav.home': 'Início',
  'nav.diversion': 'Programa de desvio para compradores',
  'nav.treatment': 'Tratamento',
  'nav.families': 'Para famílias',
  'nav.findTreatment': 'Encontrar tratamento',
  'nav.hotlines': 'Linhas de ajuda',
  'nav.statistics': 'Estatísticas',
  'nav.news': 'Notícias',
  'nav.search': 'Pesquisar',
  'footer.about': 'Sobre este site',
  'footer.privacy': 'Privacidade',
  'footer.accessibility': 'Acessibilidade',
  'nav.menu': 'Menu',
  'langSwitcher.label': 'Idioma',
  'langSwitcher.current': '{language} (página atual)',

  'footer.label': 'Sobre este site',
  'footer.notAdvice':
    'Este site oferece informação, não aconselhamento médico ou jurídico. Em uma emergência, ligue para 911.',
  'footer.built': 'Página gerada em {date}.',

  'notice.fallback.title': 'Esta página ainda não foi traduzida',
  'notice.fallback.body':
    'O texto abaixo está em inglês. Os números de telefone no topo da página funcionam em qualquer idioma: peça um intérprete quando ligar.',
  'notice.draft.title': 'Tradução em rascunho',
  'notice.draft.body':
    'Nenhuma pessoa fluente revisou esta tradução ainda. Se algo não estiver claro, leia a página em inglês ou ligue para uma linha de ajuda.',
  'notice.draft.englishLink': 'Ler esta página em inglês',

  'sources.heading': 'Fontes',
  'sources.published': 'Publicado em {date}',
  'sources.noDate': 'A fonte não informa a data',

  'hotline.call': 'Ligue para {number}',
  'hotline.text': 'Envie mensagem para {number}',
  'hotline.tty': 'TTY (para pessoas surdas ou com deficiência auditiva) {number}',
  'hotline.extension': 'Quando atenderem, digite {extension}.',
  'hotline.hours': 'Horário',
  'hotline.hoursUnknown': 'Não publicado. Ligue para perguntar.',
  'hotline.languages': 'Idiomas',
  'hotline.languagesUnknown': 'Não publicado. Ligue e peça um intérprete.',
  'hotline.audience': 'Para quem é',
  'hotline.whatHappens': 'O que acontece quando você liga',
  'hotline.asPublished':
    'Número conforme publicado por {publisher} em {date}. Ninguém deste site o confirmou por telefone ainda.',
  'hotline.asPublishedUndated':
    'Número conforme publicado por {publisher}; a fonte não mostra data. Ninguém deste site o confirmou por telefone ainda.',
  'hotline.textKeyword': 'Envie {keyword} por mensagem para {number}',
  'hotline.chatLink': 'Converse pelo chat em {site}',
  'hotline.verified': 'Confirmado por telefone em {date}.',
  'hotline.source': 'Fonte',

  'notFound.title': 'Página não encontrada',
  'notFound.body':
    'Não encontramos essa página. Se precisa de ajuda agora, os números no topo desta página são gratuitos.',
  'notFound.home': 'Ir para a página inicial',
} satisfies UIStrings;
