// Italian quote words: «…» and “…”, "ha detto", "spiega", lui/lei, Sig./Dott.ssa and titles. Written for briefcast.
import { roles, words, type QuoteLanguageData } from './quote-language.js';

/** The Italian quote data. */
export const italian: QuoteLanguageData = {
  code: 'it',
  quotePairs: { '«': ['»'], '“': ['”'], '"': ['"'] },
  reportingVerbs: words(`disse dice spiega spiegò afferma affermò aggiunge aggiunse sottolinea sottolineò dichiara dichiarò
    racconta raccontò osserva osservò commenta commentò conclude concluse risponde rispose ribadisce ribadì precisa precisò
    assicura assicurò chiede chiese avverte avvertì insiste ammette ammise`),
  hearerVerbs: words('chiede chiese'),
  phrasalVerbs: ['ha detto', 'ha spiegato', 'ha aggiunto', 'ha dichiarato', 'ha affermato', 'ha sottolineato', 'ha raccontato',
    'ha commentato', 'ha concluso', 'ha risposto', 'ha precisato', 'ha assicurato', 'hanno detto'],
  participles: words('aggiungendo dicendo spiegando sottolineando'),
  subjectPronouns: {
    lui: { gender: 'male', plural: false }, lei: { gender: 'female', plural: false }, loro: { gender: null, plural: true },
  },
  genderedPossessives: {},
  titles: words(`sig sig.ra signor signora signore dott dott.ssa dottor dottore dottoressa prof prof.ssa professor professoressa
    ing avv on sindaco ministro ministra presidente direttore direttrice portavoce generale giudice deputato deputata senatore
    senatrice assessore assessora`),
  titleGender: {
    sig: 'male', signor: 'male', signore: 'male', dottor: 'male', dottore: 'male', 'sig.ra': 'female', signora: 'female',
    'dott.ssa': 'female', dottoressa: 'female', 'prof.ssa': 'female', professoressa: 'female', ministra: 'female',
    direttrice: 'female', deputata: 'female', senatrice: 'female', assessora: 'female',
  },
  particles: words('de di da del della dei degli lo la'),
  roleNouns: roles('portavoce testimone', 'cittadina madre figlia donna sorella', 'cittadino padre figlio uomo fratello'),
  groupNouns: words('cittadini residenti manifestanti studenti medici esperti genitori visitatori persone'),
  notNames: words(`il lo la i gli le un una lui lei loro io ma e lunedì martedì mercoledì giovedì venerdì sabato domenica
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre`),
  prepositions: words('a al alla con da dal dalla di del della in nel nella per su sul tra fra secondo'),
  determiners: words('un uno una il lo la i gli le questo questa suo sua'),
  speakerAdverbs: words('anche poi ancora già inoltre'),
};
