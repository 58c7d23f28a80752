// Spanish quote words: «…» and “…”, "dijo", "afirmó", él/ella, Sr./Sra. and titles. Written for briefcast.
import { roles, words, type QuoteLanguageData } from './quote-language.js';

/** The Spanish quote data. */
export const spanish: QuoteLanguageData = {
  code: 'es',
  quotePairs: { '«': ['»'], '“': ['”'], '"': ['"'], '‘': ['’'] },
  reportingVerbs: words(`dijo dice afirmó afirma explicó explica añadió añade aseguró asegura señaló señala declaró declara
    indicó indica contó cuenta agregó agrega advirtió advierte insistió insiste respondió responde preguntó pregunta comentó
    comenta subrayó subraya destacó destaca reconoció reconoce apuntó apunta manifestó manifiesta sostuvo sostiene recordó
    recuerda concluyó concluye exclamó relató relata`),
  hearerVerbs: words('preguntó pregunta contó'),
  phrasalVerbs: ['ha dicho', 'ha explicado', 'ha señalado', 'ha afirmado', 'ha añadido', 'ha asegurado', 'ha declarado', 'han dicho'],
  participles: words('añadiendo diciendo explicando asegurando señalando afirmando'),
  subjectPronouns: {
    él: { gender: 'male', plural: false }, ella: { gender: 'female', plural: false },
    ellos: { gender: null, plural: true }, ellas: { gender: 'female', plural: true },
  },
  genderedPossessives: {},
  titles: words(`sr sra srta señor señora señorita don doña dr dra doctor doctora presidente presidenta ministro ministra
    alcalde alcaldesa director directora portavoz general juez jueza diputado diputada senador senadora`),
  titleGender: {
    sr: 'male', señor: 'male', don: 'male', sra: 'female', srta: 'female', señora: 'female', señorita: 'female', doña: 'female',
    dra: 'female', doctora: 'female', presidenta: 'female', ministra: 'female', alcaldesa: 'female', directora: 'female',
    jueza: 'female', diputada: 'female', senadora: 'female',
  },
  particles: words('de del la las los y'),
  roleNouns: roles('portavoz testigo estudiante', 'vecina pasajera médica profesora madre hija mujer hermana', 'vecino pasajero médico profesor padre hijo hombre hermano'),
  groupNouns: words('vecinos pasajeros manifestantes estudiantes médicos expertos padres ciudadanos personas'),
  notNames: words(`el la los las un una él ella ellos ellas yo se pero y lunes martes miércoles jueves viernes sábado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre`),
  prepositions: words('a ante bajo con contra de desde en entre hacia hasta para por según sin sobre tras'),
  determiners: words('un una el la los las este esta su sus'),
  speakerAdverbs: words('también después luego además ya'),
};
