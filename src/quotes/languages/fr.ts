// French quote words: « … » (spaced), "a déclaré", "dit", il/elle, M./Mme and titles. Written for briefcast.
import { roles, words, type QuoteLanguageData } from './quote-language.js';

/** The French quote data. */
export const french: QuoteLanguageData = {
  code: 'fr',
  quotePairs: { '«': ['»'], '“': ['”'], '"': ['"'], '‹': ['›'] },
  reportingVerbs: words(`dit déclare déclara affirme affirma explique expliqua ajoute ajouta souligne souligna estime estima
    assure assura précise précisa indique indiqua raconte raconta lance lança confie confia insiste insista répond répondit
    demande demanda poursuit poursuivit conclut martèle martela reconnaît reconnut avertit prévient prévint regrette regretta
    rappelle rappela résume résuma tranche trancha s'exclame s'exclama`),
  hearerVerbs: words('demande demanda confie confia'),
  phrasalVerbs: ['a dit', 'a déclaré', 'a expliqué', 'a ajouté', 'a affirmé', 'a estimé', 'a souligné', 'a indiqué', 'a assuré',
    'a précisé', 'a raconté', 'a confié', 'a lancé', 'a répondu', 'a reconnu', 'a averti', 'a insisté', 'a rappelé', 'a poursuivi',
    'a conclu', 'ont dit', 'ont déclaré', 'ont expliqué', 'ont affirmé'],
  participles: words('ajoutant déclarant expliquant affirmant soulignant estimant précisant assurant'),
  subjectPronouns: {
    il: { gender: 'male', plural: false }, elle: { gender: 'female', plural: false },
    ils: { gender: null, plural: true }, elles: { gender: 'female', plural: true },
  },
  genderedPossessives: {},
  titles: words(`m mme mlle monsieur madame mademoiselle dr docteur pr professeur maire ministre président présidente directeur
    directrice porte-parole général générale adjoint adjointe député députée sénateur sénatrice juge préfet préfète chef capitaine`),
  titleGender: {
    m: 'male', monsieur: 'male', mme: 'female', madame: 'female', mlle: 'female', mademoiselle: 'female', présidente: 'female',
    directrice: 'female', générale: 'female', adjointe: 'female', députée: 'female', sénatrice: 'female', préfète: 'female',
  },
  particles: words("de du des d' la le"),
  roleNouns: roles(
    'médecin élève usager habitant voyageur enseignant policier infirmier témoin riverain expert syndicaliste',
    'habitante voyageuse enseignante policière infirmière usagère mère fille femme sœur',
    'père fils homme frère',
  ),
  groupNouns: words('habitants voyageurs usagers élèves manifestants policiers médecins experts riverains parents syndicats gens'),
  notNames: words(`le la les un une il elle ils elles on nous je ce cette mais et puis lundi mardi mercredi jeudi vendredi
    samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre`),
  prepositions: words('à au aux de du des dans en par pour sur sous avec sans chez selon contre vers après avant depuis'),
  determiners: words("un une le la les l' ce cette ces son sa ses leur"),
  speakerAdverbs: words('aussi ensuite encore déjà alors enfin'),
};
